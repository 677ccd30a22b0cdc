package io.ensemble.web.blocks;

/** Body of {@code POST /api/v1/blocks}: {@code {userId}}. Other fields are ignored. */
public record BlockRequestBody(String userId) {
    static final BlockRequestBody EMPTY = new BlockRequestBody(null);
}
