package org.openimr.cases.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.openimr.cases.ApplicationForm;
import org.openimr.cases.Representative;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NamedParty;
import org.openimr.cases.IncompleteApplication;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.ReceivedApplication;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.Timeframes;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.BusinessCalendar;
import org.openimr.shared.Priority;
import org.openimr.reviewers.IdentifierScheme;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo cases: at the first start of the web application on the embedded default database with no case yet, opens
 * the synthetic cases of {@code demo/cases.yaml}, dated back from today, so that intake signs in to a working day
 * (every status, every reason for ineligibility, something due today, something overdue). Never on a production
 * database; off with {@code openimr.demo.enabled=false}. Several instances starting at once load them once: the check
 * and the load run under a PostgreSQL advisory lock, in one transaction. Each case is built by the same commands staff
 * use, so every transition is checked as it would be for a real case. No case is decided here: a determination is
 * issued only with its letter, and the demo case that shows one is reviewed and issued by {@code cases.review.DemoReview}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoCases implements ApplicationRunner {

    static final String RESOURCE = "/demo/cases.yaml";
    /** The advisory lock key of the demo case load ("IMRcase" in ASCII). */
    static final long LOCK = 0x494d5263617365L;
    static final String RECORDED_BY = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseStore store;
    private final PostgresCaseNumberSequence numbers;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean embedded;
    private final ObjectProvider<OverdueSweep> sweep;
    private final Timeframes timeframes;

    DemoCases(CaseStore store, PostgresCaseNumberSequence numbers, JdbcClient jdbc, TransactionTemplate tx,
            Clock clock, ObjectProvider<EmbeddedPostgres> pg, ObjectProvider<OverdueSweep> sweep,
            Timeframes timeframes) {
        this.store = store;
        this.numbers = numbers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.embedded = pg.getIfAvailable() != null;
        this.sweep = sweep;
        this.timeframes = timeframes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded) {
            return;
        }
        try {
            if (load() > 0) {
                sweep.ifAvailable(OverdueSweep::sweep);
            }
        } catch (RuntimeException e) {
            log.error("Demo cases not loaded: {}", e.getMessage(), e);
        }
    }

    /** Opens the demo cases if there is no case yet; returns how many were opened. */
    int load() {
        Integer opened = tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
            if (jdbc.sql("select count(*) from cases").query(Integer.class).single() > 0) {
                return 0;
            }
            Script script = Script.read(LocalDate.now(clock));
            // by claim number, the case opened first under it: a later case of the claim may be consolidated into it
            Map<String, StoredCase> firstOfClaim = new LinkedHashMap<>();
            int count = 0;
            for (Map<String, Object> demo : script.cases()) {
                StoredCase stored = store.insert(open(script, demo, firstOfClaim), RECORDED_BY);
                firstOfClaim.putIfAbsent(Script.text(script.withDefaults(demo), "claim", ""), stored);
                count++;
            }
            log.info("Demo cases: opened {} synthetic cases dated back from {} (openimr.demo.enabled=false turns "
                    + "this off)", count, script.today());
            return count;
        });
        return opened == null ? 0 : opened;
    }

    /**
     * Opens one demo case and plays its steps; {@code opened} holds the first case of each claim, which a step
     * {@code consolidateInto} of a later case of that claim joins this one to.
     */
    private ImrCase open(Script script, Map<String, Object> demo, Map<String, StoredCase> opened) {
        Map<String, Object> fields = script.withDefaults(demo);
        ReceivedApplication received = script.form(fields).receive(script.today());
        ImrCase c = ImrCase.open(numbers, received, received.receivedOn()).withTimeframes(timeframes);
        LiabilityPosition liability = LiabilityPosition.valueOf(Script.text(fields, "liability", "NOT_DISPUTED"));
        for (Map<String, Object> step : script.steps(fields)) {
            String verb = step.keySet().iterator().next();
            LocalDate on = script.day(step.get(verb));
            c = switch (verb) {
                case "screen" -> c.screen(on, EligibilitySpecification.standard(), context(fields, liability));
                case "requestInformation" -> c.requestInformation(on, ((IncompleteApplication) received).problems());
                case "noarfi" -> c.sendNoarfi(on, NoticeMethod.valueOf(Script.text(step, "method", null)));
                case "records" -> c.receiveRecords(on,
                        RecordsCompleteness.valueOf(Script.text(step, "completeness", null)));
                case "expedite" -> c.convertToExpedited(on, Script.text(step, "certifiedBy", null));
                case "authorize" -> c.terminateByAuthorization(on);
                case "withdraw" -> c.withdraw(on);
                case "party" -> c.nameParty(on, namedParty(step));
                case "consolidateInto" -> {
                    String claim = Script.text(fields, "claim", "");
                    StoredCase surviving = opened.get(claim);
                    if (surviving == null) {
                        throw new IllegalArgumentException(RESOURCE + ": no earlier case of claim " + claim
                                + " to consolidate into");
                    }
                    ImrCase joined = surviving.imrCase().absorb(on, c);
                    opened.put(claim, store.append(joined, surviving.imrCase().events().size(), surviving.version(),
                            RECORDED_BY));
                    yield c.consolidateInto(on, joined.caseNumber());
                }
                default -> throw new IllegalArgumentException(RESOURCE + ": unknown step \"" + verb + "\"");
            };
        }
        return c;
    }

    /** A party of the records: {party: day, role, name, identifier: "NPI 1234567893" (optional), item (optional)}. */
    private static NamedParty namedParty(Map<String, Object> step) {
        Optional<PartyIdentifier> id = Optional.ofNullable(Script.text(step, "identifier", null)).map(text -> {
            String[] p = text.split(" ", 2);
            return new PartyIdentifier(IdentifierScheme.valueOf(p[0]), p[1]);
        });
        return new NamedParty(PartyRole.valueOf(Script.text(step, "role", null)), Script.text(step, "name", null), id,
                Optional.ofNullable(Script.text(step, "item", null)));
    }

    private ScreeningContext context(Map<String, Object> fields, LiabilityPosition liability) {
        return ScreeningContext.standard().withFilingRule(timeframes.filing()).withLiability(liability)
                .withPriorReviews(store.priorReviews(Script.text(fields, "claim", "")));
    }

    /** The demo file: its defaults and cases, with dates counted back from {@code today}. */
    record Script(LocalDate today, Map<String, Object> defaults, List<Map<String, Object>> cases) {

        private static final BusinessCalendar CALENDAR = BusinessCalendar.california();

        @SuppressWarnings("unchecked")
        static Script read(LocalDate today) {
            try (InputStream in = DemoCases.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing");
                }
                Map<String, Object> yaml = new Yaml().load(in);
                return new Script(today, (Map<String, Object>) yaml.get("defaults"),
                        (List<Map<String, Object>>) yaml.get("cases"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Object> withDefaults(Map<String, Object> demo) {
            Map<String, Object> fields = new LinkedHashMap<>(defaults);
            fields.putAll(demo);
            return fields;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps(Map<String, Object> fields) {
            return (List<Map<String, Object>>) fields.getOrDefault("steps", List.of());
        }

        /** A day back from today: 3 is three calendar days ago, "2b" two business days ago. */
        LocalDate day(Object spec) {
            String s = String.valueOf(spec).strip();
            if (!s.endsWith("b")) {
                return today.minusDays(Integer.parseInt(s));
            }
            return CALENDAR.plusBusinessDays(today, -Integer.parseInt(s.substring(0, s.length() - 1)));
        }

        /** The application of a demo case, as DWC Form IMR would give it. */
        ApplicationForm form(Map<String, Object> f) {
            List<Object> employee = list(f, "employee");
            List<Object> address = list(f, "address");
            List<Object> physician = list(f, "physician");
            LocalDate ur = day(f.get("urDecision"));
            ApplicationForm form = new ApplicationForm()
                    .reviewType(Priority.valueOf(text(f, "reviewType", null)))
                    .employee(String.valueOf(employee.get(0)), null, String.valueOf(employee.get(1)))
                    .employeeBornOn(blank(f.get("born")) ? null : LocalDate.parse(String.valueOf(f.get("born"))))
                    .employeeAddress(String.valueOf(address.get(0)), String.valueOf(address.get(1)),
                            String.valueOf(address.get(2)), String.valueOf(address.get(3)))
                    .claimNumber(blank(f.get("claim")) ? null : String.valueOf(f.get("claim")))
                    .injuredOn(ur.minusDays(((Number) f.get("injuredBeforeUr")).intValue()))
                    .employer(text(f, "employer", null))
                    .claimsAdministrator(text(f, "administrator", null), null, null)
                    .requestingPhysician(String.valueOf(physician.get(0)), String.valueOf(physician.get(1)),
                            String.valueOf(physician.get(2)))
                    .urDecision(ur, ServiceMethod.valueOf(text(f, "urServedBy", null)))
                    .urDecisionAttached(Boolean.TRUE.equals(f.get("urAttached")))
                    .signed(Boolean.TRUE.equals(f.get("signed")))
                    .receivedOn(day(f.get("received")));
            if (f.get("representative") instanceof Map<?, ?> r) {
                List<?> at = (List<?>) r.get("address");
                form.representative(String.valueOf(r.get("name")),
                        Representative.Kind.valueOf(String.valueOf(r.get("kind"))),
                        r.get("firm") == null ? null : String.valueOf(r.get("firm")))
                        .representativeAddress(String.valueOf(at.get(0)), String.valueOf(at.get(1)),
                                String.valueOf(at.get(2)), String.valueOf(at.get(3)));
            }
            List<Object> treatments = f.containsKey("treatments") ? list(f, "treatments")
                    : List.of(List.of(f.get("treatment"), list(f, "diagnosis").get(0), list(f, "diagnosis").get(1)));
            for (Object t : treatments) {
                List<?> item = (List<?>) t;
                ApplicationForm.Item disputed = ApplicationForm.Item.of(String.valueOf(item.get(0)))
                        .diagnosis(String.valueOf(item.get(1)), String.valueOf(item.get(2)));
                form.disputedItem(Boolean.TRUE.equals(f.get("conditionallyNonCertified"))
                        ? disputed.conditionallyNonCertified() : disputed);
            }
            return form;
        }

        static String text(Map<String, Object> f, String key, String otherwise) {
            Object v = f.get(key);
            return v == null ? otherwise : String.valueOf(v);
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Map<String, Object> f, String key) {
            return (List<Object>) f.get(key);
        }

        private static boolean blank(Object v) {
            return v == null || String.valueOf(v).isBlank();
        }
    }
}
