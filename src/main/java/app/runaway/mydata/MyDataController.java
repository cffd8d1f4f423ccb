package app.runaway.mydata;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.security.CurrentAthlete;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/my-data}: everything the athlete has in Runaway as one zip; {@code DELETE /api/my-data} with
 * {@code {"confirmation": "delete all my data"}}: deletes it (the account and its token stay).
 */
@RestController
class MyDataController {
    private final MyData data;

    MyDataController(MyData data) {
        this.data = data;
    }

    @GetMapping(path = "/api/my-data", produces = "application/zip")
    void export(@AuthenticationPrincipal CurrentAthlete athlete, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + data.fileName() + "\"");
        data.export(athlete.id(), response.getOutputStream());
    }

    @DeleteMapping("/api/my-data")
    MyData.Deleted delete(@AuthenticationPrincipal CurrentAthlete athlete, @RequestBody Map<String, Object> body) {
        RequestFields.requireKnown(body, Set.of("confirmation"));
        if (!MyData.CONFIRMATION.equals(body.get("confirmation"))) {
            throw new InvalidInputException("confirmation", "must be exactly '" + MyData.CONFIRMATION + "'");
        }
        return data.delete(athlete.id());
    }
}
