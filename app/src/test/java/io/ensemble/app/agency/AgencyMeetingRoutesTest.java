package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the agency's meetings (issue 22 §1) under {@code /api/v1/agency/meetings}: admins create, update
 * and cancel; an attendee's overlapping meetings come back as warnings; members see only theirs (another's →
 * 404, writes → 403); an end before the start → 400 naming the field with nothing written; the {@code .ics}
 * file (RFC 5545, escaped) and the signed per-user feed (no bearer token; tampered → 404).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyMeetingRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    static final String MEETINGS = "/api/v1/agency/meetings";

    private Api api;
    private Accounts.Session admin;
    private Accounts.Session alice;
    private Accounts.Session bob;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        admin = roles.admin();
        alice = roles.of("MEMBER");
        bob = roles.of("MEMBER");
    }

    static Map<String, Object> meeting(String title, Instant start, int minutes, String... attendees) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("startsAt", start.toString());
        body.put("durationMinutes", minutes);
        body.put("attendeeIds", List.of(attendees));
        body.put("link", "https://meet.example.com/abc");
        body.put("notes", "Agenda; budget, plans\nand more");
        return body;
    }

    @Test
    void an_admin_schedules_overlaps_are_warnings_and_members_see_their_own() {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Reply first = api.post(MEETINGS, meeting("Weekly sync", start, 60, alice.userId(), bob.userId()),
                admin.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String firstId = first.data().path("meeting").path("id").asText();
        assertThat(first.data().path("warnings")).isEmpty();
        assertThat(first.data().path("meeting").path("endsAt").asText())
                .isEqualTo(start.plus(Duration.ofHours(1)).toString());

        Reply second = api.post(MEETINGS, meeting("Shoot planning", start.plus(Duration.ofMinutes(30)), 60,
                alice.userId()), admin.accessToken());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        JsonNode warnings = second.data().path("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("attendeeId").asText()).isEqualTo(alice.userId());
        assertThat(warnings.get(0).path("meetingId").asText()).isEqualTo(firstId);
        String secondId = second.data().path("meeting").path("id").asText();

        Reply touching = api.post(MEETINGS, meeting("Right after", start.plus(Duration.ofMinutes(90)), 15,
                bob.userId()), admin.accessToken());
        assertThat(touching.data().path("warnings")).as("back-to-back is no overlap").isEmpty();

        Reply bobs = api.get(MEETINGS, bob.accessToken());
        assertThat(bobs.status()).isEqualTo(200);
        assertThat(ids(bobs.data())).contains(firstId).doesNotContain(secondId);
        assertThat(api.get(MEETINGS + "/" + secondId, bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(MEETINGS + "/" + secondId, alice.accessToken()).status()).isEqualTo(200);
        assertThat(ids(api.get(MEETINGS + "?attendeeId=" + bob.userId(), admin.accessToken()).data()))
                .contains(firstId).doesNotContain(secondId);

        Reply moved = api.sendRaw("PUT", MEETINGS + "/" + secondId, Api.toJson(meeting("Shoot planning",
                start.plus(Duration.ofHours(2)), 30, alice.userId())), admin.accessToken(), Map.of());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().path("warnings")).as("moved out of the overlap").isEmpty();

        Reply cancelled = api.sendRaw("DELETE", MEETINGS + "/" + firstId, null, admin.accessToken(), Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("status").asText()).isEqualTo("cancelled");
        Reply again = api.sendRaw("PUT", MEETINGS + "/" + firstId, Api.toJson(meeting("x", start, 10,
                alice.userId())), admin.accessToken(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("MEETING_CANCELLED");
    }

    @Test
    void members_cannot_write_and_bad_input_names_the_field_with_nothing_written() {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        Reply byMember = api.post(MEETINGS, meeting("Mine", start, 30, alice.userId()), alice.accessToken());
        assertThat(byMember.status()).isEqualTo(403);
        long before = Sql.count("SELECT count(*) FROM agency_meetings");

        Map<String, Object> backwards = meeting("Backwards", start, 30, alice.userId());
        backwards.remove("durationMinutes");
        backwards.put("endsAt", start.minus(Duration.ofHours(1)).toString());
        Reply bad = api.post(MEETINGS, backwards, admin.accessToken());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.invalidFields()).containsExactly("endsAt");

        Reply zero = api.post(MEETINGS, meeting("Zero", start, 0, alice.userId()), admin.accessToken());
        assertThat(zero.invalidFields()).containsExactly("durationMinutes");
        Reply unknown = api.post(MEETINGS, meeting("Ghost", start, 30, UUID.randomUUID().toString()),
                admin.accessToken());
        assertThat(unknown.invalidFields()).containsExactly("attendeeIds");
        Reply noTitle = api.post(MEETINGS, Map.of("startsAt", "tomorrow", "durationMinutes", 30),
                admin.accessToken());
        assertThat(noTitle.invalidFields()).contains("title", "startsAt");
        assertThat(Sql.count("SELECT count(*) FROM agency_meetings")).isEqualTo(before);
        assertThat(api.get(MEETINGS + "?from=yesterday", admin.accessToken()).invalidFields()).containsExactly("from");
    }

    @Test
    void the_ics_file_and_the_signed_feed_carry_the_meeting() throws Exception {
        Instant start = Instant.parse("2031-05-04T09:30:00Z");
        Map<String, Object> body = meeting("Brand, launch; review", start, 45, alice.userId());
        Reply created = api.post(MEETINGS, body, admin.accessToken());
        String id = created.data().path("meeting").path("id").asText();

        HttpResponse<String> ics = raw("/api/v1/agency/meetings/" + id + ".ics", alice.accessToken());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String text = ics.body();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:" + id + "@ensemble\r\n", "DTSTART:20310504T093000Z\r\n", "DTEND:20310504T101500Z\r\n",
                        "SUMMARY:Brand\\, launch\\; review\r\n", "DESCRIPTION:Agenda\\; budget\\, plans\\nand more\r\n",
                        "STATUS:CONFIRMED\r\n", "SEQUENCE:0\r\n");
        assertThat(text.split("\r\n")).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertThat(raw("/api/v1/agency/meetings/" + id + ".ics", bob.accessToken()).statusCode()).isEqualTo(404);

        Reply feedUrl = api.get(MEETINGS + "/feed-url", alice.accessToken());
        assertThat(feedUrl.status()).as(feedUrl.toString()).isEqualTo(200);
        String url = feedUrl.data().path("url").asText();
        assertThat(url).contains("/api/v1/agency/calendar/" + alice.userId() + ".ics?sig=");
        String path = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
        HttpResponse<String> feed = raw(path, null);
        assertThat(feed.statusCode()).as("no bearer token needed").isEqualTo(200);
        assertThat(feed.body()).contains("UID:" + id + "@ensemble");

        String sig = URI.create(url).getRawQuery().substring("sig=".length());
        assertThat(raw("/api/v1/agency/calendar/" + bob.userId() + ".ics?sig=" + sig, null).statusCode())
                .as("another user's id with alice's signature").isEqualTo(404);
        String flipped = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
        assertThat(raw("/api/v1/agency/calendar/" + alice.userId() + ".ics?sig=" + flipped, null).statusCode())
                .isEqualTo(404);
        assertThat(raw("/api/v1/agency/calendar/" + alice.userId() + ".ics", null).statusCode()).isEqualTo(404);

        api.sendRaw("DELETE", MEETINGS + "/" + id, null, admin.accessToken(), Map.of());
        assertThat(raw(path, null).body()).contains("STATUS:CANCELLED", "SEQUENCE:1");
    }

    private HttpResponse<String> raw(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }
}
