package app.runaway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): bearer tokens,
 * and on every operation the errors it can answer, all RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The refusals every athlete endpoint can answer (a body or parameter it refuses, no token, a missing id). */
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", "a parameter, path or body field is invalid; `errors` names the field");
        errors.put("401", "no token, or a token Runaway does not know");
        errors.put("403", "the token may not do this (another athlete's id, an operator's endpoint)");
        errors.put("404", "nothing of this athlete's at this path (another athlete's resources answer 404 too)");
        errors.put("409", "the request conflicts with the current state (e.g. a Strava sync already running)");
        errors.put("413", "the upload is over the limit");
        errors.put("415", "the upload is of a kind Runaway does not import");
        errors.put("503", "a service Runaway depends on is unavailable (e.g. the remote coach)");
        return errors;
    }

    @Bean
    OpenAPI runawayApi() {
        var problem = new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ObjectSchema().description("[{field, message}] for a 400"))
                .description("RFC 9457 problem details");
        return new OpenAPI()
                .info(new Info().title("Runaway API").version("1")
                        .description("An AI running coach over the athlete's own data. JSON is snake_case; "
                                + "distances are metres, durations seconds; every error is a problem detail. "
                                + "Authorize with the athlete's token (~/.runaway/owner.token)."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer"))
                        .addSchemas("Problem", problem))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            var responses = operation.getResponses();
            ERRORS.forEach((status, description) -> {
                if (responses.get(status) == null) {
                    responses.addApiResponse(status, new ApiResponse().description(description)
                            .content(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>()
                                            .$ref(PROBLEM)))));
                }
            });
        }));
    }
}
