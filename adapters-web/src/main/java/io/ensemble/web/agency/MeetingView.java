package io.ensemble.web.agency;

import io.ensemble.agency.Meeting;
import io.ensemble.agency.MeetingRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting (issue 22 §1): {@code {id, title, startsAt, endsAt, durationMinutes, attendeeIds, location|null,
 * link|null, notes|null, status: scheduled|cancelled, createdAt, updatedAt}}, times ISO-8601 UTC, duration in
 * minutes.
 */
public record MeetingView(String id, String title, Instant startsAt, Instant endsAt, int durationMinutes,
                          List<String> attendeeIds, String location, String link, String notes, String status,
                          Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code m} */
    public static MeetingView of(Meeting m) {
        return new MeetingView(m.id().toString(), m.title(), m.startsAt(), m.endsAt(), m.durationMinutes(),
                m.attendeeIds().stream().map(UUID::toString).toList(), m.location().orElse(null),
                m.link().orElse(null), m.notes().orElse(null), m.cancelled() ? "cancelled" : "scheduled",
                m.createdAt(), m.updatedAt());
    }

    /**
     * An attendee's other meeting overlapping this one: {@code {attendeeId, meetingId, title, startsAt, endsAt}}.
     */
    public record MeetingWarning(String attendeeId, String meetingId, String title, Instant startsAt, Instant endsAt) {
        static MeetingWarning of(MeetingRepository.Overlap o) {
            return new MeetingWarning(o.attendeeId().toString(), o.meetingId().toString(), o.title(), o.startsAt(),
                    o.endsAt());
        }
    }

    /** A written meeting: {@code {meeting, warnings: [MeetingWarning]}} (overlaps are reported, not refused). */
    public record MeetingWritten(MeetingView meeting, List<MeetingWarning> warnings) {
        /** @return the view of a create or update */
        public static MeetingWritten of(io.ensemble.agency.MeetingService.Scheduled s) {
            return new MeetingWritten(MeetingView.of(s.meeting()), s.warnings().stream().map(MeetingWarning::of).toList());
        }
    }

    /** The caller's signed calendar feed: {@code {url}} (absolute when the request's base is known). */
    public record MeetingFeedUrl(String url) {
    }
}
