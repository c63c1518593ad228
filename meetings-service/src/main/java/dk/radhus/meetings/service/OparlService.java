package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.repository.OparlRepository;
import dk.radhus.meetings.repository.OparlRepository.FileRow;
import dk.radhus.meetings.repository.OparlRepository.Filter;
import dk.radhus.meetings.repository.OparlRepository.ItemRow;
import dk.radhus.meetings.repository.OparlRepository.MeetingRow;
import dk.radhus.meetings.repository.OparlRepository.MembershipRow;
import dk.radhus.meetings.repository.OparlRepository.PaperRow;
import dk.radhus.meetings.repository.OparlRepository.PersonRow;
import dk.radhus.meetings.repository.OparlRepository.Tombstone;
import dk.radhus.meetings.repository.Snapshots;

/**
 * The OParl read model: the anonymous view only, whoever asks (published meetings, closed items as their number).
 * Lists are pages of the live objects followed, when the client asks for changes since a time, by the deleted ones.
 * Each answer is read in one snapshot ({@link Snapshots}), so its count, page and embedded objects agree.
 */
@ApplicationScoped
public class OparlService {

    /** A page request: 1-based page number and page size. */
    public record Paging(int page, int limit) {

        int offset() {
            return (page - 1) * limit;
        }
    }

    private final OparlRepository repository;
    private final Snapshots snapshots;

    public OparlService(OparlRepository repository, Snapshots snapshots) {
        this.repository = repository;
        this.snapshots = snapshots;
    }

    public OparlPage<OparlViews.Organization> organizations(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Organization", filter, paging, repository::countCommittees,
                (offset, limit) -> repository.committees(filter, offset, limit).stream()
                        .map(c -> new OparlViews.Organization(c, repository.membershipIdsOfCommittee(c.code())))
                        .toList()));
    }

    public Optional<OparlLookup<OparlViews.Organization>> organization(String code) {
        return snapshots.read(() -> repository.committee(code).stream().findFirst()
                .map(c -> OparlLookup.live(new OparlViews.Organization(c, repository.membershipIdsOfCommittee(code)))));
    }

    public OparlPage<OparlViews.Person> persons(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Person", filter, paging, repository::countPersons,
                (offset, limit) -> withMemberships(repository.persons(filter, offset, limit))));
    }

    public Optional<OparlLookup<OparlViews.Person>> person(UUID id) {
        return snapshots.read(() -> withMemberships(repository.person(id)).stream().findFirst().map(OparlLookup::live));
    }

    public OparlPage<MembershipRow> memberships(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Membership", filter, paging, repository::countMemberships,
                (offset, limit) -> repository.memberships(filter, offset, limit)));
    }

    public Optional<OparlLookup<MembershipRow>> membership(UUID id) {
        return snapshots.read(() -> repository.membership(id).stream().findFirst().map(OparlLookup::live));
    }

    /** The councils' terms up to today's ({@link LegislativeTerm}): the same for every Danish municipality. */
    public List<LegislativeTerm> legislativeTerms() {
        return LegislativeTerm.until(LocalDate.now(AgendaDrafts.LOCAL_TIME));
    }

    /** A page of the terms that began within the filter's window (a term's created and modified time is its start). */
    public OparlPage<LegislativeTerm> legislativeTerms(Filter filter, Paging paging) {
        List<LegislativeTerm> terms = legislativeTerms().stream().filter(t -> within(t.began(), filter)).toList();
        int from = Math.min(paging.offset(), terms.size());
        return new OparlPage<>(terms.subList(from, Math.min(terms.size(), from + paging.limit())), List.of(),
                terms.size());
    }

    public Optional<OparlLookup<LegislativeTerm>> legislativeTerm(int startYear) {
        return legislativeTerms().stream().filter(t -> t.startYear() == startYear).findFirst().map(OparlLookup::live);
    }

    private static boolean within(Instant time, Filter filter) {
        return (filter.createdSince() == null || !time.isBefore(filter.createdSince()))
                && (filter.createdUntil() == null || !time.isAfter(filter.createdUntil()))
                && (filter.modifiedSince() == null || !time.isBefore(filter.modifiedSince()))
                && (filter.modifiedUntil() == null || !time.isAfter(filter.modifiedUntil()));
    }

    /**
     * A page of published meetings, newest first, without their items: the caller renders each meeting or takes it,
     * by its version, from what it rendered before ({@link #meetingsWithItems}).
     */
    public OparlPage<MeetingRow> meetings(String committeeCode, Filter filter, Paging paging) {
        return snapshots.read(() -> page("Meeting", filter, paging, f -> repository.countMeetings(committeeCode, f),
                (offset, limit) -> repository.meetings(committeeCode, filter, offset, limit)));
    }

    /** The published ones of the meetings, with their items (and the items' files), read in one snapshot. */
    public List<OparlViews.Meeting> meetingsWithItems(List<UUID> ids) {
        return snapshots.read(() -> withItems(repository.meetingsByIds(ids)));
    }

    public Optional<OparlLookup<OparlViews.Meeting>> meeting(UUID id) {
        return snapshots.read(() -> withItems(repository.meeting(id)).stream().findFirst().map(OparlLookup::live));
    }

    public OparlPage<MeetingRow> locations(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Location", filter, paging, repository::countLocatedMeetings,
                (offset, limit) -> repository.locatedMeetings(filter, offset, limit)));
    }

    public Optional<OparlLookup<MeetingRow>> location(UUID meetingId) {
        return snapshots.read(() -> repository.meeting(meetingId).stream().filter(m -> m.location() != null).findFirst()
                .map(OparlLookup::live));
    }

    public OparlPage<OparlViews.Item> items(Filter filter, Paging paging) {
        return snapshots.read(() -> page("AgendaItem", filter, paging, f -> repository.countItems(false, f),
                (offset, limit) -> withFiles(repository.items(false, filter, offset, limit))));
    }

    public Optional<OparlLookup<OparlViews.Item>> item(UUID id) {
        return snapshots.read(() -> lookup(withFiles(repository.item(id)), "AgendaItem", id.toString()));
    }

    /** Consultations: one per open item with a case number (the item's id is the consultation's). */
    public OparlPage<ItemRow> consultations(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Consultation", filter, paging, f -> repository.countItems(true, f),
                (offset, limit) -> repository.items(true, filter, offset, limit)));
    }

    public Optional<OparlLookup<ItemRow>> consultation(UUID itemId) {
        return snapshots.read(() -> lookup(repository.item(itemId).stream()
                .filter(i -> i.open() && i.caseNumber() != null).toList(), "Consultation", itemId.toString()));
    }

    public OparlPage<OparlViews.Paper> papers(Filter filter, Paging paging) {
        return snapshots.read(() -> page("Paper", filter, paging, repository::countPapers,
                (offset, limit) -> withConsultations(repository.papers(filter, offset, limit))));
    }

    public Optional<OparlLookup<OparlViews.Paper>> paper(UUID id) {
        return snapshots.read(() -> lookup(withConsultations(repository.paper(id)), "Paper", id.toString()));
    }

    public OparlPage<FileRow> files(Filter filter, Paging paging) {
        return snapshots.read(() -> page("File", filter, paging, repository::countFiles,
                (offset, limit) -> repository.files(filter, offset, limit)));
    }

    public Optional<OparlLookup<FileRow>> file(UUID itemId, int position) {
        return snapshots.read(() -> lookup(repository.file(itemId, position), "File", itemId + "/" + position));
    }

    private <T> Optional<OparlLookup<T>> lookup(List<T> live, String type, String key) {
        if (!live.isEmpty()) {
            return Optional.of(OparlLookup.live(live.get(0)));
        }
        return repository.tombstone(type, key).stream().findFirst().map(OparlLookup::deleted);
    }

    /**
     * The page's slice of the live objects followed by the deleted ones. Deleted objects are listed only with
     * {@code modified_since}, as OParl 1.1 asks (a full download has no use for them).
     */
    private <T> OparlPage<T> page(String type, Filter filter, Paging paging, ToLongFunction<Filter> count,
            Slicer<T> slicer) {
        long live = count.applyAsLong(filter);
        long dead = filter.modifiedSince() == null ? 0 : repository.countTombstones(type, filter);
        int offset = paging.offset();
        List<T> objects = offset < live ? slicer.slice(offset, paging.limit()) : List.of();
        int room = paging.limit() - objects.size();
        List<Tombstone> deleted = room > 0 && dead > 0
                ? repository.tombstones(type, filter, (int) Math.max(0, offset - live), room)
                : List.of();
        return new OparlPage<>(objects, deleted, live + dead);
    }

    @FunctionalInterface
    private interface Slicer<T> {
        List<T> slice(int offset, int limit);
    }

    private List<OparlViews.Person> withMemberships(List<PersonRow> persons) {
        Map<UUID, List<MembershipRow>> memberships = repository
                .membershipsOfPersons(persons.stream().map(PersonRow::id).toList()).stream()
                .collect(Collectors.groupingBy(MembershipRow::personId));
        return persons.stream().map(p -> new OparlViews.Person(p, memberships.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private List<OparlViews.Meeting> withItems(List<MeetingRow> meetings) {
        List<UUID> ids = meetings.stream().map(MeetingRow::id).toList();
        Map<UUID, List<OparlViews.Item>> items = withFiles(repository.itemsOfMeetings(ids),
                repository.filesOfMeetings(ids)).stream().collect(Collectors.groupingBy(i -> i.item().meetingId()));
        Map<UUID, List<UUID>> participants = repository.participants(ids);
        return meetings.stream().map(m -> new OparlViews.Meeting(m, items.getOrDefault(m.id(), List.of()),
                participants.getOrDefault(m.id(), List.of()))).toList();
    }

    private List<OparlViews.Item> withFiles(List<ItemRow> items) {
        return withFiles(items, repository.filesOfItems(items.stream().filter(ItemRow::open).map(ItemRow::id)
                .toList()));
    }

    private static List<OparlViews.Item> withFiles(List<ItemRow> items, List<FileRow> openItemsFiles) {
        Map<UUID, List<FileRow>> files = openItemsFiles.stream().collect(Collectors.groupingBy(FileRow::itemId));
        return items.stream().map(i -> new OparlViews.Item(i, files.getOrDefault(i.id(), List.of()))).toList();
    }

    private List<OparlViews.Paper> withConsultations(List<PaperRow> papers) {
        Map<String, List<ItemRow>> items = repository
                .itemsOfCases(papers.stream().map(PaperRow::caseNumber).toList()).stream()
                .collect(Collectors.groupingBy(ItemRow::caseNumber, Collectors.toCollection(ArrayList::new)));
        return papers.stream().map(p -> new OparlViews.Paper(p, items.getOrDefault(p.caseNumber(), List.of())))
                .toList();
    }
}
