package io.ensemble.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Every context's part in erasure and export, in the order the job runs them (issue 20 §4).
 *
 * @param erasure the erasure steps in order; identity's pseudonymisation comes last
 * @param exports each context's rows
 * @param files   the user's uploaded files
 */
public record PrivacySteps(List<ErasePersonalData> erasure, List<ExportPersonalData> exports, PersonalFiles files) {
    /** Steps of an export: one per context, then the files, then the archive. */
    public static final int EXPORT_EXTRA_STEPS = 2;

    /** @throws IllegalArgumentException when two erasure steps share a name */
    public PrivacySteps {
        erasure = List.copyOf(erasure);
        exports = List.copyOf(exports);
        Objects.requireNonNull(files, "files");
        if (erasure.stream().map(ErasePersonalData::step).distinct().count() != erasure.size()) {
            throw new IllegalArgumentException("erasure step names must be unique");
        }
    }

    /** @return how many steps an export has */
    public int exportSteps() {
        return exports.size() + EXPORT_EXTRA_STEPS;
    }

    /** @return every table some context exports */
    public List<String> exportedTables() {
        return exports.stream().flatMap(e -> e.tables().stream()).distinct().sorted().toList();
    }
}
