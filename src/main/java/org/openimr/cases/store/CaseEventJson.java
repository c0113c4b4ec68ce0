package org.openimr.cases.store;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.openimr.cases.Application;
import org.openimr.cases.CaseEvent;
import org.openimr.cases.EligibilityDecision;
import org.openimr.cases.IncompleteApplication;
import org.openimr.cases.ReceivedApplication;
import org.openimr.cases.ValidationProblems;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of case events: JSON, each event tagged with its type name. The domain stays free of annotations:
 * the JSON shape is given here by Jackson mix-ins. The type names are the stored contract; renaming a Java class must
 * not rename them.
 */
public final class CaseEventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(CaseEvent.class, EventMixin.class)
            .addMixIn(ReceivedApplication.class, ReceivedMixin.class)
            .addMixIn(EligibilityDecision.class, DecisionMixin.class)
            .addMixIn(ValidationProblems.class, ProblemsMixin.class)
            .build();

    private CaseEventJson() {
    }

    public static String write(CaseEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static CaseEvent read(String json) {
        return MAPPER.readValue(json, CaseEvent.class);
    }

    public static String write(Application application) {
        return MAPPER.writeValueAsString(application);
    }

    public static Application readApplication(String json) {
        return MAPPER.readValue(json, Application.class);
    }

    /** The type name an event is stored under ("NoarfiSent"). */
    public static String typeOf(CaseEvent event) {
        return event.getClass().getSimpleName();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = CaseEvent.ApplicationReceived.class, name = "ApplicationReceived"),
            @JsonSubTypes.Type(value = CaseEvent.ApplicationConsolidated.class, name = "ApplicationConsolidated"),
            @JsonSubTypes.Type(value = CaseEvent.ConsolidatedInto.class, name = "ConsolidatedInto"),
            @JsonSubTypes.Type(value = CaseEvent.InformationRequested.class, name = "InformationRequested"),
            @JsonSubTypes.Type(value = CaseEvent.InformationReceived.class, name = "InformationReceived"),
            @JsonSubTypes.Type(value = CaseEvent.EligibilityDetermined.class, name = "EligibilityDetermined"),
            @JsonSubTypes.Type(value = CaseEvent.LiabilityResolved.class, name = "LiabilityResolved"),
            @JsonSubTypes.Type(value = CaseEvent.NoarfiSent.class, name = "NoarfiSent"),
            @JsonSubTypes.Type(value = CaseEvent.RecordsReceived.class, name = "RecordsReceived"),
            @JsonSubTypes.Type(value = CaseEvent.ConvertedToExpedited.class, name = "ConvertedToExpedited"),
            @JsonSubTypes.Type(value = CaseEvent.ReviewerAssigned.class, name = "ReviewerAssigned"),
            @JsonSubTypes.Type(value = CaseEvent.PartyNamed.class, name = "PartyNamed"),
            @JsonSubTypes.Type(value = CaseEvent.DeterminationIssued.class, name = "DeterminationIssued"),
            @JsonSubTypes.Type(value = CaseEvent.TerminatedByAuthorization.class, name = "TerminatedByAuthorization"),
            @JsonSubTypes.Type(value = CaseEvent.Withdrawn.class, name = "Withdrawn")})
    interface EventMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Application.class, name = "complete"),
            @JsonSubTypes.Type(value = IncompleteApplication.class, name = "incomplete")})
    interface ReceivedMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EligibilityDecision.Eligible.class, name = "eligible"),
            @JsonSubTypes.Type(value = EligibilityDecision.Ineligible.class, name = "ineligible"),
            @JsonSubTypes.Type(value = EligibilityDecision.Deferred.class, name = "deferred")})
    interface DecisionMixin {
    }

    abstract static class ProblemsMixin {
        @JsonCreator
        static ValidationProblems of(List<ValidationProblems.Problem> problems) {
            return null;
        }

        @JsonValue
        abstract List<ValidationProblems.Problem> all();
    }
}
