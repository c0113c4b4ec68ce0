package org.openimr.cases.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credentials of the staff API in its OpenAPI description: an API token ({@code Authorization: Bearer}, the way
 * for tools, see {@code POST /api/tokens}) or HTTP Basic (username and password, hashed on every request: slow).
 */
@Configuration(proxyBeanMethods = false)
class CaseApiDocs {

    static final String TOKEN = "apiToken";
    static final String BASIC = "basic";

    @Bean
    OpenApiCustomizer staffApiCredentials() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("oimr_ + 43 characters")
                            .description("An API token from POST /api/tokens: one indexed lookup per request, "
                                    + "expires and can be revoked. Use this for tools and scripts."))
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("Staff username and password: the bcrypt hash, slow by design, is checked on "
                                    + "every request. Needed to issue a token."));
            api.addSecurityItem(new SecurityRequirement().addList(TOKEN));
            api.addSecurityItem(new SecurityRequirement().addList(BASIC));
        };
    }
}
