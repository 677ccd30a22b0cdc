package io.ensemble.privacy;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the files a user uploaded, for the data export (issue 20 §4); implemented by the media context. */
public interface PersonalFiles {

    /** One stored file. @param name its name inside the archive @param key its storage key */
    record PersonalFile(String name, String key) {
    }

    /** @return the user's uploaded files (originals only) */
    List<PersonalFile> filesOf(UUID userId);

    /** @return the file's bytes, empty when the store no longer has it; the caller closes the stream */
    Optional<InputStream> open(PersonalFile file);
}
