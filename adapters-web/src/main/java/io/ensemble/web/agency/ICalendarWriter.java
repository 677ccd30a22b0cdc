package io.ensemble.web.agency;

import io.ensemble.agency.Meeting;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes meetings as an RFC 5545 iCalendar object ({@code text/calendar}): one VEVENT per meeting with UID
 * {@code <id>@ensemble}, UTC DTSTART/DTEND, SEQUENCE, STATUS (CONFIRMED or CANCELLED), SUMMARY, LOCATION
 * (the place, else the link), URL (the link), DESCRIPTION (the notes). Text values are escaped (§3.3.11:
 * backslash, semicolon, comma, newline), lines end with CRLF and are folded at 75 octets (§3.1) without
 * splitting a UTF-8 sequence.
 */
public final class ICalendarWriter {
    /** The media type of the answers. */
    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * @param name    the calendar's name (X-WR-CALNAME)
     * @param stamp   DTSTAMP of every event (now)
     * @return the calendar text, CRLF line ends
     */
    public static String write(String name, List<Meeting> meetings, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Ensemble//Agency meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Meeting m : meetings) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + m.id() + "@ensemble");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(m.startsAt()));
            line(out, "DTEND:" + UTC.format(m.endsAt()));
            line(out, "SEQUENCE:" + m.sequence());
            line(out, "STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "SUMMARY:" + escape(m.title()));
            m.location().or(m::link).ifPresent(l -> line(out, "LOCATION:" + escape(l)));
            m.link().ifPresent(l -> line(out, "URL:" + l.replaceAll("[\\r\\n]", "")));
            m.notes().ifPresent(n -> line(out, "DESCRIPTION:" + escape(n)));
            line(out, "LAST-MODIFIED:" + UTC.format(m.updatedAt()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** @return {@code text} escaped as an RFC 5545 TEXT value (§3.3.11) */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) { // never split a UTF-8 sequence
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74; // the folded line's leading space counts
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
