package io.ensemble.integrations.media;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.media.MediaStorage;
import java.nio.file.Path;

/**
 * {@code storage: {type: local, publicBaseUrl: ""}}: the default, files under
 * {@code <dataDirectory>/media}. Keys of other adapters in the shipped config are ignored so
 * {@code STORAGE=...} switches adapters without editing the file.
 */
@JsonTypeName("local")
@JsonIgnoreProperties(ignoreUnknown = true)
public class LocalMediaStorageFactory implements MediaStorageFactory {
    @JsonProperty
    private String publicBaseUrl = "";

    /** @return a {@link LocalMediaStorage} under {@code dataDirectory/media} */
    @Override
    public MediaStorage build(Path dataDirectory) {
        return new LocalMediaStorage(dataDirectory.resolve("media"), publicBaseUrl == null ? "" : publicBaseUrl);
    }
}
