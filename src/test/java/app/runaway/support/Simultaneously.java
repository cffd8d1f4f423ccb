package app.runaway.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Sends requests at the same moment: each on its own thread, all held at a gate until every thread is ready, so that
 * they reach the server together instead of one after the other as a loop would send them.
 */
public final class Simultaneously {
    private Simultaneously() {
    }

    public static List<Api.Response> send(List<Supplier<Api.Response>> requests) {
        var ready = new CountDownLatch(requests.size());
        var gate = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(requests.size())) {
            var answers = new ArrayList<Future<Api.Response>>();
            for (var request : requests) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return request.get();
                }));
            }
            ready.await();
            gate.countDown();
            var responses = new ArrayList<Api.Response>();
            for (var answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a request failed to reach the server", e.getCause());
        }
    }
}
