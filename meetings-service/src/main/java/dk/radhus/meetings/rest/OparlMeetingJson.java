package dk.radhus.meetings.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.radhus.meetings.config.OparlConfig;
import dk.radhus.meetings.repository.OparlRepository.MeetingRow;
import dk.radhus.meetings.service.OparlService;
import dk.radhus.meetings.service.OparlViews;

/**
 * The OParl JSON of published meetings with their items embedded, kept as bytes per meeting and base URL with the
 * meeting's public version ({@code V1.6}): every change to what the meeting's public view is made of moves the version,
 * so a list page renders only the meetings that changed since they were last rendered. A meeting is served from the
 * cache only if it was rendered at the version the page read or a later one, so a page never shows a meeting older
 * than the database held when the page was read.
 */
@ApplicationScoped
public class OparlMeetingJson {

    /** Kept per base URL and per form: with or without the internal lists ({@code omit_internal}). */
    private record Key(String base, boolean omitInternal, UUID meeting) {
    }

    /** The committee's name is part of the JSON but not of the meeting's version, so it is compared too. */
    private record Entry(long version, String committeeName, byte[] json) {
    }

    private final OparlService oparl;
    private final ObjectMapper objectMapper;
    private final Cache<Key, Entry> entries;

    public OparlMeetingJson(OparlService oparl, ObjectMapper objectMapper, OparlConfig config) {
        this.oparl = oparl;
        this.objectMapper = objectMapper;
        this.entries = Caffeine.newBuilder().maximumWeight(config.cacheMaxBytes())
                .weigher((Key key, Entry entry) -> entry.json.length).build();
    }

    /** The JSON of each meeting of a page, in the page's order (a meeting that is no longer published is left out). */
    List<byte[]> of(List<MeetingRow> page, OparlObjects objects, String base) {
        Map<UUID, byte[]> json = new HashMap<>();
        List<UUID> stale = new ArrayList<>();
        for (MeetingRow row : page) {
            Entry cached = entries.getIfPresent(new Key(base, objects.omitsInternal(), row.id()));
            if (cached != null && cached.version >= row.version()
                    && cached.committeeName.equals(row.committeeName())) {
                json.put(row.id(), cached.json);
            } else {
                stale.add(row.id());
            }
        }
        for (OparlViews.Meeting meeting : oparl.meetingsWithItems(stale)) {
            byte[] rendered = write(objects.meeting(meeting));
            json.put(meeting.meeting().id(), rendered);
            entries.asMap().merge(new Key(base, objects.omitsInternal(), meeting.meeting().id()),
                    new Entry(meeting.meeting().version(), meeting.meeting().committeeName(), rendered),
                    (old, fresh) -> old.version > fresh.version ? old : fresh);
        }
        return page.stream().map(row -> json.get(row.id())).filter(bytes -> bytes != null).toList();
    }

    private byte[] write(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OParl meeting not serializable", e);
        }
    }
}
