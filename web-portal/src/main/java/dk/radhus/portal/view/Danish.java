package dk.radhus.portal.view;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import dk.radhus.text.DanishFormat;

/**
 * Danish wording and number formats for the templates ({@code {fmt:date(meeting.startsAt)}}): dates as "11. maj 2011",
 * numbers with "." for thousands and "," for decimals, lights and other codes spelled out.
 */
@TemplateExtension(namespace = "fmt")
public final class Danish {

    public static final Locale LOCALE = Locale.forLanguageTag("da-DK");
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", LOCALE);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy",
            LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);

    private Danish() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DanishFormat.longDate(date);
    }

    /** The date of a local date-time, "11. maj 2011". */
    public static String day(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE.format(dateTime);
    }

    /** "onsdag den 11. maj 2011". */
    public static String weekdayDate(LocalDateTime dateTime) {
        return dateTime == null ? "" : WEEKDAY_DATE.format(dateTime);
    }

    public static String time(LocalDateTime dateTime) {
        return dateTime == null ? "" : TIME.format(dateTime);
    }

    /** A moment in Danish local time, "3. december 2026 kl. 14:05". */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "maj 2011", capitalised for a heading: "Maj 2011". */
    public static String month(LocalDateTime dateTime) {
        String month = MONTH.format(dateTime);
        return Character.toUpperCase(month.charAt(0)) + month.substring(1);
    }

    /** ISO date for {@code <time datetime>} and form values. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String isoTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.toString();
    }

    /** A number as Danes write it: "50.500", "-1.234,5"; at most {@code decimals} decimals, trailing zeros dropped. */
    public static String decimals(BigDecimal value, int decimals) {
        if (value == null) {
            return "-";
        }
        return DanishFormat.atMost(value, decimals);
    }

    public static String number(BigDecimal value) {
        return decimals(value, 2);
    }

    /** "87 %" (one decimal at most), or "-" when there is none. */
    public static String percent(BigDecimal value) {
        return value == null ? "-" : decimals(value, 1) + " %";
    }

    /** The light in words, never colour alone: "Rød", "Gul", "Grøn"; "Ingen status" without one. */
    public static String light(String light) {
        if (light == null) {
            return "Ingen status";
        }
        return switch (light) {
            case "RED" -> "Rød";
            case "YELLOW" -> "Gul";
            case "GREEN" -> "Grøn";
            default -> light;
        };
    }

    /** The CSS class of a light's colour mark. */
    public static String lightClass(String light) {
        if (light == null) {
            return "lys lys-ingen";
        }
        return switch (light) {
            case "RED" -> "lys lys-roed";
            case "YELLOW" -> "lys lys-gul";
            case "GREEN" -> "lys lys-groen";
            default -> "lys lys-ingen";
        };
    }

    /** The unit a table or figure is in: "1.000 kr.". */
    public static String unit(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "DKK" -> "kr.";
            case "DKK_THOUSANDS" -> "1.000 kr.";
            case "DKK_MILLIONS" -> "mio. kr.";
            default -> unit;
        };
    }

    /** The item kind as agendas print it after the committee: "A" (beslutning), "I" (orientering), "M". */
    public static String kindLetter(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "DECISION" -> "A";
            case "INFORMATION" -> "I";
            case "ANNOUNCEMENTS" -> "M";
            default -> "";
        };
    }

    /** A way to vote: the code meetings-service uses and the word the minutes use. */
    public record VoteChoice(String code, String label) {
    }

    private static final List<VoteChoice> VOTE_CHOICES = List.of(new VoteChoice("FOR", "For"),
            new VoteChoice("AGAINST", "Imod"), new VoteChoice("ABSTAIN", "Undlod at stemme"));

    /** For, imod, undlod at stemme: the rows of a vote's table, in the minutes' order. */
    public static List<VoteChoice> voteChoices() {
        return VOTE_CHOICES;
    }

    /** A note to a vote in words: "Mindretalsudtalelse", "Protokoltilførsel", "Inhabil", "Forlod mødet". */
    public static String voteNote(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "MINORITY_STATEMENT" -> "Mindretalsudtalelse";
            case "NOTE_TO_MINUTES" -> "Protokoltilførsel";
            case "CONFLICT_OF_INTEREST" -> "Inhabil";
            case "LEFT_MEETING" -> "Forlod mødet";
            default -> kind;
        };
    }

    /** A value as it goes into a link's query string: "12/26442 ØU" → "12%2F26442+%C3%98U". */
    public static String query(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String outcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "APPROVED" -> "Godkendt";
            case "APPROVED_WITH_REMARKS" -> "Godkendt med de faldne bemærkninger";
            case "REJECTED" -> "Afvist";
            case "NOTED" -> "Taget til efterretning";
            case "POSTPONED" -> "Udsat";
            default -> outcome;
        };
    }

    public static String meetingState(String state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case "PLANNED" -> "Planlagt";
            case "AGENDA_PUBLISHED" -> "Dagsorden offentliggjort";
            case "HELD" -> "Afholdt";
            case "MINUTES_APPROVED" -> "Referat godkendt";
            case "CANCELLED" -> "Aflyst";
            default -> state;
        };
    }

    public static String uploadStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "RUNNING" -> "Indlæses";
            case "COMPLETED" -> "Indlæst";
            case "FAILED" -> "Afvist";
            default -> status;
        };
    }

    public static String followUpStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "DRAFT" -> "Kladde";
            case "SUBMITTED" -> "Indsendt";
            case "APPROVED" -> "Godkendt";
            default -> status;
        };
    }

    /** A text's paragraphs: blocks separated by blank lines (single line breaks stay, the stylesheet keeps them). */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
