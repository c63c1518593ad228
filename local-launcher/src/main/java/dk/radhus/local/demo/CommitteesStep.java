package dk.radhus.local.demo;

import java.util.List;

/**
 * The committees of the seed documents, created in meetings-service as the secretary; budget-service and
 * strategy-service receive them through {@code radhus.committees}.
 */
public final class CommitteesStep implements DemoStep {

    private record Committee(String code, String name, String kind) {

        String json() {
            return """
                    {"code":"%s","name":"%s","kind":"%s"}""".formatted(code, name, kind);
        }
    }

    private static final List<Committee> COMMITTEES = List.of(
            new Committee("BEU", "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE"),
            new Committee("OEU", "Økonomiudvalget", "POLITICAL_COMMITTEE"),
            new Committee("BY", "Byrådet", "CITY_COUNCIL"),
            new Committee("DIR", "Direktionen", "DIRECTORATE"));

    @Override
    public String name() {
        return "committees";
    }

    @Override
    public String load(DemoContext context) {
        for (Committee committee : COMMITTEES) {
            context.api().postJson("meetings-service", "/committees", committee.json(), DemoUser.SECRETARY).require(409);
        }
        return COMMITTEES.size() + " committees (" + String.join(", ", COMMITTEES.stream().map(Committee::code).toList())
                + ") in meetings-service";
    }
}
