package org.openimr.cases.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.openimr.cases.NoticeMethod;
import org.openimr.cases.service.LetterIssuing;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.CaseNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo review, on the embedded default database only, after the demo cases and panel: the demo case of
 * {@code demo/review.yaml}, while it is in review with nothing done yet, is reviewed by its demo reviewer through
 * {@link ReviewService} (record added, each item decided from its draft or as the file says for a referred item,
 * summary from the facts, signed) and its letter issued by the demo medical director through {@link LetterIssuing}:
 * checked, stored, and published to the library like any letter. Each step is the staff user's, audited as theirs.
 * Off with {@code openimr.demo.enabled=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoReview implements ApplicationRunner {

    static final String RESOURCE = "/demo/review.yaml";

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);

    /** The advisory lock key of the demo review ("IMRrevw" in ASCII). */
    private static final long LOCK = 0x494d5272657677L;

    private final CaseStore store;
    private final ReviewService reviews;
    private final LetterIssuing issuing;
    private final CaseDocuments documents;
    private final boolean embedded;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoReview(CaseStore store, ReviewService reviews, LetterIssuing issuing, CaseDocuments documents,
            ObjectProvider<EmbeddedPostgres> pg, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.reviews = reviews;
        this.issuing = issuing;
        this.documents = documents;
        this.embedded = pg.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded) {
            return;
        }
        try {
            loadOnce().ifPresent(n -> log.info("Demo review: case {} reviewed, signed and its letter issued and published",
                    n.value()));
        } catch (RuntimeException e) {
            log.error("Demo review not done: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * {@link #load()} in one transaction under an advisory lock, so that of several instances starting at once on a
     * fresh database one reviews the demo case and the others find it done; a failure leaves nothing half-done.
     */
    Optional<CaseNumber> loadOnce() {
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
            return load();
        });
    }

    /** Reviews, signs and issues the demo case when it is in review and untouched; gives its number if it did. */
    Optional<CaseNumber> load() {
        Map<String, Object> script = script();
        String reviewer = text(script, "reviewer");
        Optional<StoredCase> untouched = store.find(List.of(StatusCode.IN_REVIEW.name()), null, reviewer).stream()
                .filter(c -> c.imrCase().application().map(a -> a.claimNumber().value())
                        .filter(text(script, "claim")::equals).isPresent())
                .filter(c -> documents.of(c.imrCase().caseNumber()).isEmpty())
                .findFirst();
        if (untouched.isEmpty()) {
            return Optional.empty();
        }
        CaseNumber n = untouched.get().imrCase().caseNumber();
        LocalDate today = issuing.today();
        signIn(reviewer, "REVIEWER");
        for (Map<String, Object> d : list(script, "documents")) {
            reviews.upload(n, text(d, "type"), text(d, "author"), today.minusDays(number(d, "date")).toString(),
                    "demo-record.txt", text(d, "text").getBytes(StandardCharsets.UTF_8));
        }
        Workspace w = reviews.open(n);
        int version = w.review().version();
        Map<Object, Map<String, Object>> referred = map(script, "refer");
        for (Workspace.Item item : w.items()) {
            var draft = item.draft();
            DecisionInput decision = draft.outcome().outcome()
                    .map(o -> new DecisionInput(o.name(), item.choices().get(0).id(), null, null, draft.rationale(),
                            null, text(script, "claimsAdministratorCitation"), null))
                    .orElseGet(() -> referred(referred, item.index() + 1, text(script,
                            "claimsAdministratorCitation")));
            version = reviews.decide(n, version, item.index(), decision).version();
        }
        version = reviews.writeSummary(n, version, reviews.open(n).summaryDraft().text()).version();
        reviews.sign(n, version);
        signIn(text(script, "director"), "MEDICAL_DIRECTOR");
        issuing.issue(n, today.minusDays(number(script, "mailed")), NoticeMethod.valueOf(text(script, "method")));
        return Optional.of(n);
    }

    private static DecisionInput referred(Map<Object, Map<String, Object>> referred, int item, String caCitation) {
        Map<String, Object> d = referred.get(item);
        if (d == null) {
            throw new IllegalStateException(RESOURCE + ": the engine refers item " + item + " and the file does not "
                    + "say how to decide it (refer: " + item + ")");
        }
        return new DecisionInput(text(d, "outcome"), DecisionInput.OTHER, text(d, "otherSource"),
                text(d, "whyNotMtus"), text(d, "rationale"), null, caCitation, null);
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> script() {
        try (InputStream in = DemoReview.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": \"" + key + "\" is missing");
        }
        return String.valueOf(v).strip();
    }

    private static int number(Map<String, Object> m, String key) {
        return Integer.parseInt(text(m, key));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Map<String, Object>> map(Map<String, Object> m, String key) {
        return (Map<Object, Map<String, Object>>) m.getOrDefault(key, Map.of());
    }
}
