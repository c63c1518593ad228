package dk.radhus.meetings.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The OParl 1.1 objects as JSON (schema.oparl.org/1.1); absent values are left out, as the schemas allow. */
final class OparlJson {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private OparlJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SystemObject(String id, String type, String oparlVersion, String body, String name, String website) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String id, String type, String system, String name, String classification, String organization,
            String person, String meeting, String paper, List<LegislativeTerm> legislativeTerm, String agendaItem,
            String consultation, String file, String locationList, String legislativeTermList, String membership) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LegislativeTerm(String id, String type, String body, String name, String startDate, String endDate,
            String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String type, String body, String name, String shortName, List<String> membership,
            String meeting, String organizationType, String classification, String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String id, String type, String body, String name, List<Membership> membership, String created,
            String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Membership(String id, String type, String person, String organization, String role, String startDate,
            String endDate, String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meeting(String id, String type, String name, String meetingState, boolean cancelled, String start,
            String end, Location location, List<String> organization, List<String> participant,
            List<AgendaItem> agendaItem, String created, String modified) {
    }

    /** A closed item has its number, order and {@code public: false} only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AgendaItem(String id, String type, String meeting, String number, int order, String name,
            @JsonProperty("public") boolean isPublic, String consultation,
            String result, String resolutionText, List<File> auxiliaryFile, String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Consultation(String id, String type, String paper, String agendaItem, String meeting,
            List<String> organization, String role, String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(String id, String type, String description, String room, List<String> meetings, String created,
            String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Paper(String id, String type, String body, String name, String reference, String date, String paperType,
            List<Consultation> consultation, String created, String modified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record File(String id, String type, String name, String fileName, String mimeType, Long size,
            String sha512Checksum, String accessUrl, String downloadUrl, List<String> agendaItem, List<String> meeting,
            String created, String modified) {
    }

    /** A deleted object: id, type and created stay, modified is the time of deletion. */
    record Deleted(String id, String type, String created, String modified, boolean deleted) {
    }

    record ListPage(List<Object> data, Pagination pagination, Links links) {
    }

    record Pagination(long totalElements, int elementsPerPage, int currentPage, long totalPages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(String first, String prev, String self, String next, String last) {
    }
}
