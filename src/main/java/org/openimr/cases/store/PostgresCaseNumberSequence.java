package org.openimr.cases.store;

import org.openimr.cases.CaseNumberSequence;
import org.openimr.shared.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Case numbers from one PostgreSQL sequence per year (function next_case_number, migration V30). */
@Component
public class PostgresCaseNumberSequence implements CaseNumberSequence {

    private final JdbcClient jdbc;

    public PostgresCaseNumberSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseNumber next(int year) {
        return new CaseNumber(jdbc.sql("select next_case_number(?)").param(year).query(String.class).single());
    }
}
