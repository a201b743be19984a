package app.tropa.http;

import app.tropa.platform.DatabaseConnections;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Around a {@link Saves} service, outside its transaction (a failed commit is only known once the
 * transaction ends): a storage failure becomes the 507 refusal, and the dead connections go.
 */
@Saves
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SavesInterceptor {

    @Inject
    DatabaseConnections connections;

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (Problem refusal) {
            throw refusal;
        } catch (Exception | Error failure) {
            if (!StorageFailure.isStorageFailure(failure, connections.diskRefused())) {
                throw failure;
            }
            connections.dropAfterStorageFailure();
            throw StorageFailure.problem();
        }
    }
}
