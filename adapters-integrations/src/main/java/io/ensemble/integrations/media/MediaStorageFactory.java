package io.ensemble.integrations.media;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.media.MediaStorage;
import java.nio.file.Path;

/**
 * Chooses the {@link MediaStorage} adapter in {@code config.yml} ({@code storage: {type: local | s3 | cloudinary}}).
 * Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.media.MediaStorageFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface MediaStorageFactory extends Discoverable {
    /**
     * @param dataDirectory the application's data folder
     * @return a ready storage adapter
     */
    MediaStorage build(Path dataDirectory);
}
