package dk.radhus.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.ItemAccess;

/** The secretary's approval of an imported item; {@code access} corrects the document's access, else it stands. */
@Schema(example = """
        {"access": "OPEN"}""")
public record ReviewRequest(ItemAccess access) {
}
