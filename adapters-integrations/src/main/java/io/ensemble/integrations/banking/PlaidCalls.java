package io.ensemble.integrations.banking;

import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs one plaid-java call: the body on success, a typed domain error ({@link PlaidErrors}) otherwise. */
final class PlaidCalls {
    private PlaidCalls() {
    }

    /**
     * @param endpoint the Plaid path, e.g. {@code /accounts/get}, for messages and logs
     * @param call the prepared plaid-java call
     * @return the parsed answer
     * @throws ProviderUnavailable on a timeout, a connection failure or an unreadable answer; other typed
     *     errors from {@link PlaidErrors#from}
     */
    static <T> T execute(String endpoint, Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (InterruptedIOException e) {
            throw new ProviderUnavailable("The bank link provider did not answer in time; try again.", e);
        } catch (IOException | RuntimeException e) {
            throw new ProviderUnavailable("The bank link provider cannot be reached; try again shortly.", e);
        }
        if (response.isSuccessful() && response.body() != null) {
            return response.body();
        }
        throw PlaidErrors.from(endpoint, response.code(), errorBody(response.errorBody()));
    }

    private static String errorBody(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body) {
            return body.string();
        } catch (IOException e) {
            return "";
        }
    }
}
