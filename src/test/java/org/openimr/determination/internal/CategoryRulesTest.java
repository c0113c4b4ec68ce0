package org.openimr.determination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Synthetic rule files, written for this test. */
class CategoryRulesTest {

    private static final String RULES = """
            rules:
              - {id: nsaid, category: Pharmaceuticals, subcategory: NSAID, kind: nsaid, drugs: [ketorolac]}
              - {id: viscosupplementation, category: Pharmaceuticals, subcategory: Viscosupplementation, any: ['\\bSynvisc\\b']}
              - {id: injection, category: Injection, subcategory: Injection, any: ['\\binject']}
            """;

    private static CategoryRules parse(String yaml) {
        return CategoryRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void anInjectionProcedureIsDecidedByNoDrugRuleButThoseKept() {
        CategoryRules rules = parse(RULES + """
                injections:
                  keep: [viscosupplementation]
                  procedure: ['\\bTPI\\b']
                  route: ['\\binject\\w*', '(?-i)\\bIM\\b']
                  systemic: ['(?-i)\\bIM\\b']
                  site: ['\\bjoint\\b']
                  purpose: ['\\bfor(\\s+[\\w-]+){0,3}\\s+$']
                """);
        CategoryRules.InjectionWords words = rules.injections();
        assertThat(words.namesProcedure("TPI with ketorolac", false)).isTrue();
        assertThat(words.namesProcedure("ketorolac joint injection", false)).isTrue();
        assertThat(words.namesProcedure("ketorolac injection, right knee", true)).isTrue();
        assertThat(words.namesProcedure("ketorolac IM injection, right gluteus", true)).isFalse();
        assertThat(words.namesProcedure("ketorolac injection", false)).isFalse();
        assertThat(words.namesSiteAfter("ketorolac injection into the ")).isTrue();
        assertThat(words.namesSiteAfter("ketorolac injection for ")).isFalse();
        assertThat(words.namesSiteAfter("ketorolac injection for chronic right ")).isFalse();
        assertThat(words.namesRoute("ketorolac IM")).isTrue();
        assertThat(words.namesRoute("ketorolac im")).isFalse();

        String text = "ketorolac joint injection";
        assertThat(rules.classify(text, Set.of()).map(CategoryRules.Rule::id)).contains("nsaid");
        assertThat(rules.classify(text, Set.of(), true).map(CategoryRules.Rule::id)).contains("injection");
        assertThat(rules.classify("Synvisc joint injection", Set.of(), true).map(CategoryRules.Rule::id))
                .contains("viscosupplementation");
    }

    @Test
    void withoutAnInjectionsSectionNothingIsAnInjectionProcedure() {
        CategoryRules.InjectionWords words = parse(RULES).injections();
        assertThat(words.namesProcedure("TPI with lidocaine", true)).isFalse();
        assertThat(words.keep()).isEmpty();
        assertThat(words.route()).isEqualTo(List.of());
    }

    @Test
    void aKeptRuleThatDoesNotExistOrAnUnknownKeyIsNamed() {
        assertThatThrownBy(() -> parse(RULES + "injections: {keep: [opioid]}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.yaml: injections: 'keep' names no rule 'opioid'");
        assertThatThrownBy(() -> parse(RULES + "injections: {routes: ['x']}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.yaml: injections: unknown key 'routes'");
    }
}
