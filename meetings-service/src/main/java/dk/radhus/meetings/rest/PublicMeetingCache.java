package dk.radhus.meetings.rest;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.config.PublicCacheConfig;
import dk.radhus.meetings.repository.LocalWrites;
import dk.radhus.meetings.repository.MeetingStamps;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.MeetingService;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * The public (anonymous) view of published meetings, kept as the JSON bytes the API answers with, so that the most
 * read page of the suite costs no database work. A view is served as long as no write of this process has completed
 * since it was checked and the check is younger than {@link PublicCacheConfig#revalidateAfter()}; otherwise the
 * meeting's {@link MeetingStamps stamp} decides whether it still holds or is rendered again. So a change made through
 * this process is visible to the very next read, one made through another replica within the revalidation interval
 * (plus the one stamp query: while a request checks an expired view, concurrent readers still get it, rather than
 * every one of them querying the database at the same moment).
 */
@ApplicationScoped
public class PublicMeetingCache {

    private record Entry(String stamp, byte[] json, long epoch, long checkedAt, AtomicBoolean checking) {

        Entry(String stamp, byte[] json, long epoch, long checkedAt) {
            this(stamp, json, epoch, checkedAt, new AtomicBoolean());
        }
    }

    private final MeetingStamps stamps;
    private final LocalWrites writes;
    private final MeetingService meetings;
    private final AgendaItemService items;
    private final ItemViews views;
    private final ObjectMapper objectMapper;
    private final long revalidateAfterNanos;
    private final Cache<UUID, Entry> entries;

    public PublicMeetingCache(MeetingStamps stamps, @PersistenceUnitExtension LocalWrites writes,
            MeetingService meetings, AgendaItemService items, ItemViews views, ObjectMapper objectMapper,
            PublicCacheConfig config) {
        this.stamps = stamps;
        this.writes = writes;
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.objectMapper = objectMapper;
        this.revalidateAfterNanos = config.revalidateAfter().toNanos();
        this.entries = Caffeine.newBuilder().maximumWeight(config.maxBytes())
                .weigher((UUID id, Entry entry) -> entry.json.length).build();
    }

    /** The public view of the meeting as JSON; empty if there is no such meeting or it is not published. */
    public Optional<byte[]> json(UUID meetingId) {
        long epoch = writes.epoch();
        long now = System.nanoTime();
        Entry cached = entries.getIfPresent(meetingId);
        if (cached == null || cached.epoch != epoch) {
            return check(meetingId, cached, epoch, now);
        }
        if (now - cached.checkedAt < revalidateAfterNanos || !cached.checking.compareAndSet(false, true)) {
            return Optional.of(cached.json);
        }
        try {
            return check(meetingId, cached, epoch, now);
        } finally {
            cached.checking.set(false);
        }
    }

    /** Compares the cached view's stamp with the database's; renders the view again if they differ. */
    private Optional<byte[]> check(UUID meetingId, Entry cached, long epoch, long now) {
        Optional<MeetingStamps.Stamp> stamp = stamps.of(meetingId).filter(MeetingStamps.Stamp::publiclyVisible);
        if (stamp.isEmpty()) {
            entries.invalidate(meetingId);
            return Optional.empty();
        }
        if (cached != null && cached.stamp.equals(stamp.get().value())) {
            entries.put(meetingId, new Entry(cached.stamp, cached.json, epoch, now));
            return Optional.of(cached.json);
        }
        Optional<Meeting> meeting = meetings.findVisible(meetingId, false);
        if (meeting.isEmpty()) {
            entries.invalidate(meetingId);
            return Optional.empty();
        }
        byte[] json = render(meeting.get());
        entries.put(meetingId, new Entry(stamp.get().value(), json, epoch, now));
        return Optional.of(json);
    }

    private byte[] render(Meeting meeting) {
        try {
            return objectMapper.writeValueAsBytes(
                    MeetingResponse.of(meeting, views.view(meeting, items.items(meeting.id), false)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the public view of meeting " + meeting.id, e);
        }
    }
}
