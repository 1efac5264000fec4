package ai.seiketsu.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its one security scheme: a bearer token (sk_ key, access token, operator). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI seiketsuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Seiketsu API").version("v1")
                        .description("Voice agents for real-estate agencies. Errors are RFC 9457 problems with a "
                                + "stable `code`; lists take `limit` and `cursor`."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
