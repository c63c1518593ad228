package dk.radhus.meetings.files;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dk.radhus.meetings.FileTextStatus;

/**
 * Reads a file's text on a pool of its own and waits for it at most a given time, so that a hostile file (a PDF built
 * to make the reader loop) cannot hold the upload: a read that takes longer is cancelled (interrupted) and the file is
 * stored without text, one that fails is stored flagged as unreadable.
 */
public final class BoundedText {

    /** The text (empty unless {@link FileTextStatus#TEXT}) and what became of the reading. */
    public record Result(String text, FileTextStatus status) {
    }

    private BoundedText() {
    }

    public static Result read(ExecutorService pool, Duration timeout, Callable<String> reading) {
        Future<String> text = pool.submit(reading);
        try {
            return new Result(text.get(timeout.toMillis(), TimeUnit.MILLISECONDS).strip(), FileTextStatus.TEXT);
        } catch (TimeoutException e) {
            text.cancel(true);
            return new Result("", FileTextStatus.TIMED_OUT);
        } catch (ExecutionException e) {
            return new Result("", FileTextStatus.UNREADABLE);
        } catch (InterruptedException e) {
            text.cancel(true);
            Thread.currentThread().interrupt();
            return new Result("", FileTextStatus.TIMED_OUT);
        }
    }
}
