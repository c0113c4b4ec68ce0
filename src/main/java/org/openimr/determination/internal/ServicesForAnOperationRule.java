package org.openimr.determination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openimr.casefile.ClinicalFacts;
import org.openimr.determination.Draft;
import org.openimr.determination.DraftOutcome;
import org.openimr.determination.RationaleSentence;
import org.openimr.determination.Trace;
import org.openimr.guidelines.RequestKind;

/**
 * A service requested for an operation (an assistant surgeon, a clearance, post-operative therapy...) follows the
 * draft of the operation requested with it in the same case (framework.yaml {@code servicesForAnOperation}): every
 * operation UPHELD makes the service UPHELD; an operation referred (and none OVERTURNED) leaves the service its own
 * draft, which says it holds only if the operation is certified; an operation OVERTURNED leaves it to its own rules. Only operations on the body region the service names count (all of
 * them when it names none). Without an operation among the requests, a service the record does not tie to an
 * operation certified, scheduled or done (OperationGoingAhead) is never OVERTURNED: it is referred.
 */
public final class ServicesForAnOperationRule {

    private final DataFiles.ServicesForAnOperation services;

    public ServicesForAnOperationRule(DataFiles data) {
        this.services = data.servicesForAnOperation();
    }

    /**
     * The drafts of one case, in order, with each service for an operation following that operation's draft.
     * {@code afterDoneOperation} holds the items whose phase the record ties to an operation already done (a dated
     * operation whose postsurgical period covers the request date): they are that operation's care, not a service
     * of one requested now.
     */
    public List<Draft> apply(List<Draft> drafts, Set<Integer> afterDoneOperation, String record, ClinicalFacts facts) {
        List<Draft> operations = drafts.stream()
                .filter(d -> d.interpreted().kind().filter(k -> k == RequestKind.SURGERY).isPresent()).toList();
        if (operations.isEmpty()) {
            return drafts.stream().map(d -> services.isService(d.interpreted()) && !afterDoneOperation.contains(d.item())
                    && d.outcome() == DraftOutcome.OVERTURNED && !OperationGoingAhead.shownIn(record, facts,
                            d.interpreted().regions(), d.trace().requestDate()) ? referred(d) : d)
                    .toList();
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            List<Draft> its = operations.stream().filter(o -> sameRegion(d, o)).toList();
            out.add(services.isService(d.interpreted()) && !afterDoneOperation.contains(d.item()) && !its.isEmpty()
                    && its.stream().noneMatch(o -> o.outcome() == DraftOutcome.OVERTURNED) ? follow(d, its) : d);
        }
        return List.copyOf(out);
    }

    /**
     * A service naming a body region belongs only to an operation on that region or limb (post-operative therapy of
     * the shoulder does not follow a knee operation requested with it; therapy of the right upper extremity follows a
     * carpal tunnel release); one naming none, to any operation.
     */
    private static boolean sameRegion(Draft service, Draft operation) {
        var serviceRegions = service.interpreted().regions();
        var operationRegions = operation.interpreted().regions();
        return serviceRegions.isEmpty() || operationRegions.isEmpty() || serviceRegions.stream()
                .anyMatch(s -> operationRegions.stream().anyMatch(o -> FactResolver.sameLimb(s, o)));
    }

    private static Draft follow(Draft service, List<Draft> operations) {
        String named = operations.stream().map(o -> "\"" + o.request() + "\" (item " + (o.item() + 1) + ")")
                .collect(Collectors.joining(" and "));
        RationaleSentence forTheOperation = new RationaleSentence(RationaleSentence.Kind.RULE, "This service is "
                + "requested for the operation requested with it, " + named + ", and is needed only if that operation "
                + "is done.", List.of());
        List<String> steps = new ArrayList<>(service.trace().steps());
        boolean allUpheld = operations.stream().allMatch(o -> o.outcome() == DraftOutcome.UPHELD);
        if (!allUpheld) {
            // the reviewer decides the operation: the service keeps its own draft, which holds only if it is certified
            steps.add("A service for the operation requested with it (" + named + "), which goes to the reviewer: "
                    + "this draft holds only if the operation is certified (framework.yaml servicesForAnOperation).");
            List<RationaleSentence> sentences = new ArrayList<>(service.rationaleSentences());
            sentences.add(0, forTheOperation);
            sentences.add(1, new RationaleSentence(RationaleSentence.Kind.RULE, "The operation goes to the physician "
                    + "reviewer; what follows holds only if it is certified.", List.of()));
            return new Draft(service.item(), service.request(), service.interpreted(), service.outcome(),
                    service.citation(), sentences, withSteps(service.trace(), steps), service.missingDocumentation());
        }
        steps.add("A service for the operation requested with it (" + named + "): the operation is drafted UPHELD, so "
                + "the service is too (framework.yaml servicesForAnOperation).");
        List<RationaleSentence> sentences = List.of(forTheOperation, new RationaleSentence(
                RationaleSentence.Kind.CONCLUSION, "The operation is not medically necessary in this draft, so this "
                + "service is not medically necessary either.", List.of()));
        return new Draft(service.item(), service.request(), service.interpreted(), DraftOutcome.UPHELD,
                operations.get(0).citation(), sentences, withSteps(service.trace(), steps),
                operations.stream().flatMap(o -> o.missingDocumentation().stream()).distinct().toList());
    }

    /**
     * A service for an operation the case does not request and the record does not show certified, scheduled or done
     * (OperationGoingAhead): its own rule would support it, but it is needed only if the operation goes ahead, which
     * the physician reviewer decides with the operation.
     */
    private static Draft referred(Draft service) {
        List<String> steps = new ArrayList<>(service.trace().steps());
        steps.add("A service for an operation the record does not show certified, scheduled or done: referred "
                + "(framework.yaml servicesForAnOperation, reading-words.tsv operation-going-ahead).");
        // the service's own conclusion ("so it is medically necessary") is not this draft's: it has none
        List<RationaleSentence> sentences = new ArrayList<>(service.rationaleSentences().stream()
                .filter(sentence -> sentence.kind() != RationaleSentence.Kind.CONCLUSION).toList());
        sentences.add(new RationaleSentence(RationaleSentence.Kind.CONCLUSION, "No draft outcome: the service's own "
                + "guideline conditions are documented, but it is needed only if the operation it serves is done, and "
                + "the record does not show that operation certified, scheduled or done; the physician reviewer "
                + "decides this item.", List.of()));
        return new Draft(service.item(), service.request(), service.interpreted(), DraftOutcome.REFER,
                Optional.empty(), sentences, withSteps(service.trace(), steps), service.missingDocumentation());
    }

    private static Trace withSteps(Trace t, List<String> steps) {
        return new Trace(t.requestDate(), t.requestDateBasis(), t.request(), t.phase(), t.phaseEvidence(),
                t.editionsInForce(), t.recommendations(), steps);
    }
}
