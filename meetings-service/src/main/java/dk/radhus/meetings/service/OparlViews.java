package dk.radhus.meetings.service;

import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.repository.OparlRepository.CommitteeRow;
import dk.radhus.meetings.repository.OparlRepository.FileRow;
import dk.radhus.meetings.repository.OparlRepository.ItemRow;
import dk.radhus.meetings.repository.OparlRepository.MeetingRow;
import dk.radhus.meetings.repository.OparlRepository.MembershipRow;
import dk.radhus.meetings.repository.OparlRepository.PaperRow;
import dk.radhus.meetings.repository.OparlRepository.PersonRow;

/** The OParl objects the service assembles from rows: each with what it embeds or links to. */
public final class OparlViews {

    private OparlViews() {
    }

    public record Organization(CommitteeRow committee, List<UUID> memberships) {
    }

    public record Person(PersonRow person, List<MembershipRow> memberships) {
    }

    public record Item(ItemRow item, List<FileRow> files) {
    }

    public record Meeting(MeetingRow meeting, List<Item> items, List<UUID> participants) {
    }

    /** A case number with the open items that carried it, oldest meeting first (its consultations). */
    public record Paper(PaperRow paper, List<ItemRow> consultations) {
    }
}
