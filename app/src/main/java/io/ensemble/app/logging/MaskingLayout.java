package io.ensemble.app.logging;

import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;

/**
 * A layout that formats with another layout and then masks secrets in the result with {@link SecretMasker}
 * (issue 28): put under every appender by {@link LogMasking}, so neither a logger at DEBUG/TRACE nor a layout
 * (text, JSON, request log) can write a password, token, OTP or provider secret.
 *
 * @param <E> the event type (logback-classic or logback-access)
 */
public final class MaskingLayout<E> extends LayoutBase<E> {
    private final Layout<E> delegate;

    /** @param delegate the layout that formats the event; started and stopped by its owner */
    public MaskingLayout(Layout<E> delegate) {
        this.delegate = delegate;
        setContext(delegate.getContext());
    }

    /** @return the wrapped layout */
    public Layout<E> delegate() {
        return delegate;
    }

    @Override
    public String doLayout(E event) {
        return SecretMasker.mask(delegate.doLayout(event));
    }

    @Override
    public String getFileHeader() {
        return delegate.getFileHeader();
    }

    @Override
    public String getPresentationHeader() {
        return delegate.getPresentationHeader();
    }

    @Override
    public String getPresentationFooter() {
        return delegate.getPresentationFooter();
    }

    @Override
    public String getFileFooter() {
        return delegate.getFileFooter();
    }

    @Override
    public String getContentType() {
        return delegate.getContentType();
    }

    @Override
    public boolean isStarted() {
        return delegate.isStarted();
    }
}
