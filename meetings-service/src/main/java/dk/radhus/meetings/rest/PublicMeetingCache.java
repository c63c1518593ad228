package dk.radhus.meetings.rest;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.config.PublicCacheConfig;
import dk.radhus.meetings.repository.PublicVersions;
import dk.radhus.meetings.repository.Snapshots;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.MeetingService;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The public (anonymous) view of published meetings, kept as the JSON bytes the API answers with, so that the most
 * read page of the suite costs one primary-key lookup rather than loading and serialising the whole agenda. Every read
 * first fetches the meeting's {@link PublicVersions public version} as committed at that moment; the cached bytes are
 * served only if they were rendered at exactly that version. Otherwise the view is rendered again from one snapshot
 * that also yields the version it shows. So every read shows the database as it was at some moment during the
 * request, whichever replica or code path changed it: an item closed elsewhere is closed in the very next read. The
 * answer is asynchronous: the lookup and a rendering run on worker threads, the caller's thread never waits, and each
 * caller is answered on its own Vert.x context (not on the one of whoever started the shared lookup).
 */
@ApplicationScoped
public class PublicMeetingCache {

    private record Entry(long version, byte[] json) {
    }

    private record Rendered(long version, MeetingResponse view) {
    }

    private final PublicVersions versions;
    private final Snapshots snapshots;
    private final Session session;
    private final MeetingService meetings;
    private final AgendaItemService items;
    private final ItemViews views;
    private final ObjectMapper objectMapper;
    private final Vertx vertx;
    private final Cache<UUID, Entry> entries;

    public PublicMeetingCache(PublicVersions versions, Snapshots snapshots, Session session, MeetingService meetings,
            AgendaItemService items, ItemViews views, ObjectMapper objectMapper, Vertx vertx,
            PublicCacheConfig config) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.session = session;
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.objectMapper = objectMapper;
        this.vertx = vertx;
        this.entries = Caffeine.newBuilder().maximumWeight(config.maxBytes())
                .weigher((UUID id, Entry entry) -> entry.json.length).build();
    }

    /** The public view of the meeting as JSON; empty if there is no such meeting or it is not published. */
    public CompletionStage<Optional<byte[]>> json(UUID meetingId) {
        Context caller = vertx.getOrCreateContext();
        return versions.current(meetingId).thenComposeAsync(current -> {
            if (current.isEmpty() || !current.get().publiclyVisible()) {
                entries.invalidate(meetingId);
                return CompletableFuture.completedFuture(Optional.empty());
            }
            Entry cached = entries.getIfPresent(meetingId);
            if (cached != null && cached.version == current.get().value()) {
                return CompletableFuture.completedFuture(Optional.of(cached.json));
            }
            return vertx.executeBlocking(() -> renderAndKeep(meetingId), false).toCompletionStage();
        }, task -> caller.runOnContext(ignored -> task.run()));
    }

    /** Renders the view (on a worker thread) and keeps it unless a newer one was kept meanwhile. */
    private Optional<byte[]> renderAndKeep(UUID meetingId) {
        Optional<Rendered> rendered = snapshots.read(() -> render(meetingId));
        if (rendered.isEmpty()) {
            entries.invalidate(meetingId);
            return Optional.empty();
        }
        Entry fresh = new Entry(rendered.get().version, write(rendered.get().view));
        entries.asMap().merge(meetingId, fresh, (held, offered) -> held.version >= offered.version ? held : offered);
        return Optional.of(fresh.json);
    }

    /**
     * The public view and its version, read in one {@link Snapshots snapshot}: the view is exactly the one of that
     * version, never a mix of before and after a concurrent change.
     */
    private Optional<Rendered> render(UUID meetingId) {
        Optional<PublicVersions.Version> version = session
                .doReturningWork(connection -> PublicVersions.read(connection, meetingId))
                .filter(PublicVersions.Version::publiclyVisible);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Meeting meeting = meetings.findVisible(meetingId, false).orElseThrow();
        return Optional.of(new Rendered(version.get().value(),
                MeetingResponse.of(meeting, views.view(meeting, items.items(meeting.id), false))));
    }

    private byte[] write(MeetingResponse view) {
        try {
            return objectMapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the public view of meeting " + view.id(), e);
        }
    }
}
