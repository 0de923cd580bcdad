package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.OptimalRetention;
import app.flashpoint.core.fsrs.Simulator;
import app.flashpoint.system.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.InputStream;

/**
 * The FSRS playground and optimizer. Bodies are taken raw and parsed here, so malformed JSON and
 * wrong types get a 400 naming the field instead of a framework binding error. Both run on the
 * blocking pool: a fit takes a CPU for up to seconds, and a large body takes time to parse. Fits are
 * bounded in size (10 MB, OptimizeSizeFilter and LogFitting) and in number at once (OptimizerSlots).
 * The simulator endpoints are bounded by deckSize × learnSpan (SimulationRequestReader); the
 * optimal-retention search also takes an optimizer slot.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/fsrs")
@ExecuteOn(TaskExecutors.BLOCKING)
class FsrsApiController {
    private final JsonMapper json;
    private final LogFitting fitting;
    private final OptimizerSlots slots;
    private final ClientAddress addresses;

    FsrsApiController(JsonMapper json, LogFitting fitting, OptimizerSlots slots, ClientAddress addresses) {
        this.json = json;
        this.fitting = fitting;
        this.slots = slots;
        this.addresses = addresses;
    }

    @Post(value = "/schedule", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    ScheduleResponse schedule(@Nullable @Body String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body is empty; send a JSON object with a \"reviews\" array");
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new InvalidInput("body is not valid JSON: " + readable(e.getMessage()));
        }
        return Playground.run(ScheduleRequestReader.read(root));
    }

    /** One simulation (bounded by deckSize × learnSpan in SimulationRequestReader); no slot needed. */
    @Post(value = "/simulate", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    SimulationResponses.Simulate simulate(@Nullable @Body String body) {
        SimulationRequestReader.Simulation request = SimulationRequestReader.simulation(jsonObject(body));
        return SimulationResponses.Simulate.of(Simulator.simulate(request.config(), request.seed()));
    }

    /**
     * 28 × samples simulations: seconds of CPU, so it takes an optimizer slot like a fit (429 when the
     * caller's or all slots are busy) on top of its size bound.
     */
    @Post(value = "/optimal-retention", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    SimulationResponses.Optimal optimalRetention(@Nullable @Body String body, @Nullable Authentication authentication,
                                                 HttpRequest<?> request) {
        SimulationRequestReader.Search search = SimulationRequestReader.search(jsonObject(body));
        try (var slot = slots.take(caller(authentication, request))) {
            return SimulationResponses.Optimal.of(OptimalRetention.find(search.config(), search.seeds()));
        }
    }

    private JsonNode jsonObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body is empty; send a JSON object ({} for all defaults)");
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new InvalidInput("body is not valid JSON: " + readable(e.getMessage()));
        }
    }

    private String caller(Authentication authentication, HttpRequest<?> request) {
        return authentication != null ? "account:" + authentication.getName()
                : "address:" + addresses.networkOf(request);
    }

    @Post(value = "/optimize", consumes = {"text/csv", MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    OptimizeResponse optimize(@Nullable @Body InputStream body, @Nullable Authentication authentication,
                              HttpRequest<?> request) {
        try (var slot = slots.take(caller(authentication, request))) {
            return fitting.fit(body);
        }
    }

    /** Jackson's first line, without its "[Source: REDACTED ...; " preamble. */
    private static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceAll("\\[Source: [^;]*; ", "[");
    }
}
