package io.ensemble.web.agency;

import io.ensemble.agency.MeetingDraft;
import java.util.List;

/**
 * Body of {@code POST/PUT /api/v1/agency/meetings}: {@code {title, startsAt, durationMinutes | endsAt,
 * attendeeIds[], location?, link?, notes?}}; unknown fields are ignored.
 */
public record MeetingBody(String title, String startsAt, Integer durationMinutes, String endsAt,
                          List<String> attendeeIds, String location, String link, String notes) {
    /** @return the draft (validated by the use case) */
    public MeetingDraft draft() {
        return new MeetingDraft(title, startsAt, durationMinutes, endsAt, attendeeIds, location, link, notes);
    }

    /** @return the draft of a missing body: every field absent */
    public static MeetingDraft orEmpty(MeetingBody body) {
        return body == null ? new MeetingDraft(null, null, null, null, null, null, null, null) : body.draft();
    }
}
