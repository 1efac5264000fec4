package ai.seiketsu.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * One stage of a {@link Pipeline}. A subclass implements {@link #process} and calls {@link #push} to pass frames
 * on; everything else is here.
 * <p>
 * Each processor has two bounded queues, each drained by its own virtual thread: system frames on one, data and
 * control frames on the other, so caller audio and interruptions are never stuck behind a sentence being spoken.
 * An {@link Frame.Interruption} pushed downstream sweeps every later stage at once, on the pushing thread: each
 * empties its data queue (keeping {@link Frame.Uninterruptible} frames), interrupts its data thread if it is busy,
 * and drops whatever that thread still pushes for the interrupted work. Only then does the pusher go on, so a frame
 * it sends after the interruption is never swept away by it. Each stage then hears of it through
 * {@link #interrupted()} on its system thread. A queue that overflows is a fatal error for the pipeline: a
 * stage that cannot keep up must end the call rather than grow without bound.
 * <p>
 * An exception thrown by {@link #process} travels upstream as a non-fatal {@link Frame.Error}; the call goes on.
 */
public abstract class FrameProcessor {

    /** Which way a frame travels: towards the caller's speaker (downstream) or back towards the input. */
    public enum Direction {
        DOWNSTREAM, UPSTREAM
    }

    private record Queued(Frame frame, Direction direction, long epoch) {
    }

    static final int DEFAULT_CAPACITY = 4096;

    private final String name;
    private final BlockingQueue<Queued> systemQueue;
    private final BlockingQueue<Queued> dataQueue;
    private final Object lock = new Object();
    private @Nullable FrameProcessor previous;
    private @Nullable FrameProcessor next;
    private @Nullable Pipeline pipeline;
    private @Nullable Thread systemThread;
    private @Nullable Thread dataThread;
    private volatile boolean stopped;
    /** System frames queued or being handled; an end waits for none. */
    private final AtomicInteger systemPending = new AtomicInteger();
    /** Raised by each interruption; data work begun under an older epoch may no longer push downstream. */
    private long epoch;
    private long workEpoch = -1;
    private boolean dataBusy;

    protected FrameProcessor() {
        this(DEFAULT_CAPACITY);
    }

    protected FrameProcessor(int capacity) {
        this.name = getClass().getSimpleName();
        this.systemQueue = new LinkedBlockingQueue<>(capacity);
        this.dataQueue = new LinkedBlockingQueue<>(capacity);
    }

    /**
     * Handles one frame. Runs on the system thread for system frames and on the data thread otherwise, so the two
     * kinds may run concurrently; a subclass that shares state between them guards it. Frames it does not handle it
     * passes on with {@code push(frame, direction)}.
     */
    protected abstract void process(Frame frame, Direction direction) throws Exception;

    /**
     * Called on the pushing thread as a frame arrives, before it is queued. Lets a stage note facts about frames
     * still queued (for example how long a queued sentence is). Must be quick and must not block.
     */
    protected void arrived(Frame frame, Direction direction) {
    }

    /**
     * The caller interrupted: this stage's queued data is already gone. Runs on the system thread; the
     * interruption itself has already been passed on.
     */
    protected void interrupted() {
    }

    /** Called when the pipeline stops, on the thread that stops it. Release engines here. */
    protected void stopped() {
    }

    /** Passes a frame to the next stage in {@code direction}. */
    protected final void push(Frame frame, Direction direction) {
        Pipeline owner = pipeline;
        if (owner == null) {
            throw new IllegalStateException(name + " is not part of a pipeline");
        }
        boolean interruptible = !(frame instanceof Frame.SystemFrame) && !(frame instanceof Frame.Uninterruptible);
        if (interruptible && direction == Direction.DOWNSTREAM && Thread.currentThread() == dataThread) {
            synchronized (lock) {
                if (workEpoch != epoch) {
                    return; // work that began before an interruption: its output is no longer wanted
                }
                forward(owner, frame, direction);
            }
            return;
        }
        forward(owner, frame, direction);
    }

    private void forward(Pipeline owner, Frame frame, Direction direction) {
        owner.observe(this, frame, direction);
        pass(owner, frame, direction);
    }

    private void pass(Pipeline owner, Frame frame, Direction direction) {
        FrameProcessor target = direction == Direction.DOWNSTREAM ? next : previous;
        if (target == null) {
            owner.leave(frame, direction);
        }
        else {
            target.queue(frame, direction);
        }
    }

    /** Queues a frame for this stage. Never blocks: an overflow fails the pipeline instead. */
    final void queue(Frame frame, Direction direction) {
        if (stopped) {
            return;
        }
        arrived(frame, direction);
        boolean accepted;
        if (frame instanceof Frame.Interruption && direction == Direction.DOWNSTREAM) {
            Thread busy = sweepData();
            systemPending.incrementAndGet();
            accepted = systemQueue.offer(new Queued(frame, direction, 0));
            if (pipeline != null) {
                pass(pipeline, frame, direction);
            }
            if (busy != null) {
                busy.interrupt();
            }
        }
        else if (frame instanceof Frame.SystemFrame) {
            systemPending.incrementAndGet();
            accepted = systemQueue.offer(new Queued(frame, direction, 0));
        }
        else {
            synchronized (lock) {
                accepted = dataQueue.offer(new Queued(frame, direction, epoch));
            }
        }
        if (!accepted && pipeline != null) {
            pipeline.overflow(this);
        }
    }

    final void link(Pipeline owner, @Nullable FrameProcessor before, @Nullable FrameProcessor after) {
        this.pipeline = owner;
        this.previous = before;
        this.next = after;
    }

    final void startThreads() {
        systemThread = Thread.ofVirtual().name(name + "-system").start(this::drainSystem);
        dataThread = Thread.ofVirtual().name(name + "-data").start(this::drainData);
    }

    final void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        systemQueue.clear();
        dataQueue.clear();
        if (systemThread != null) {
            systemThread.interrupt();
        }
        if (dataThread != null) {
            dataThread.interrupt();
        }
        try {
            stopped();
        }
        catch (RuntimeException e) {
            // stopping must not fail the other stages
        }
    }

    /** The stage's name in logs and errors. */
    public String name() {
        return name;
    }

    /** Frames waiting in this stage (system + data), for tests and overload diagnostics. */
    public int queued() {
        return systemQueue.size() + dataQueue.size();
    }

    private void drainSystem() {
        while (!stopped) {
            Queued item;
            try {
                item = systemQueue.take();
            }
            catch (InterruptedException e) {
                continue;
            }
            try {
                if (item.frame() instanceof Frame.Interruption && item.direction() == Direction.DOWNSTREAM) {
                    interrupted();
                }
                else {
                    handle(item);
                }
            }
            catch (RuntimeException e) {
                push(new Frame.Error(name + ": " + e.getMessage(), e, false), Direction.UPSTREAM);
            }
            finally {
                systemPending.decrementAndGet();
            }
        }
    }

    /** Empties the data queue and closes the current epoch; answers the data thread if it is mid-work. */
    private @Nullable Thread sweepData() {
        Thread busy = null;
        synchronized (lock) {
            epoch++;
            ArrayDeque<Queued> kept = new ArrayDeque<>();
            for (Queued queued : dataQueue) {
                if (queued.frame() instanceof Frame.Uninterruptible) {
                    kept.add(queued);
                }
            }
            dataQueue.clear();
            dataQueue.addAll(kept);
            if (dataBusy) {
                busy = dataThread;
            }
        }
        return busy;
    }

    private void drainData() {
        while (!stopped) {
            Queued item;
            try {
                item = dataQueue.take();
            }
            catch (InterruptedException e) {
                continue;
            }
            synchronized (lock) {
                if (item.epoch() != epoch && !(item.frame() instanceof Frame.Uninterruptible)) {
                    continue;
                }
                workEpoch = epoch;
                dataBusy = true;
            }
            try {
                if (item.frame() instanceof Frame.End) {
                    awaitSystemDrained();
                }
                handle(item);
            }
            finally {
                synchronized (lock) {
                    dataBusy = false;
                }
                Thread.interrupted(); // an interruption aimed at finished work must not hit the next frame
            }
        }
    }

    /**
     * An end passes on only after the system frames that arrived before it: the last caller audio of a call must
     * not be lost because the end overtook it on the other queue.
     */
    private void awaitSystemDrained() {
        try {
            while (!stopped && systemPending.get() > 0) {
                Thread.sleep(1);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Queued item) {
        try {
            process(item.frame(), item.direction());
        }
        catch (InterruptedException e) {
            // the caller barged in or the pipeline stopped: the work is abandoned on purpose
        }
        catch (Exception e) {
            if (!stopped && pipeline != null) {
                push(new Frame.Error(name + ": " + e.getMessage(), e, false), Direction.UPSTREAM);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
