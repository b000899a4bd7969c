package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of a piece of work beyond what the process held when it started: Java heap from the heap pools'
 * peak usage (reset at the start), and everything (heap, TensorFlow's native buffers, code) from the process's
 * peak resident set, reset at the start by writing 5 to /proc/self/clear_refs (Linux 4.0+). The heap figure sums
 * the pools' peaks and counts garbage not collected yet, so it is an upper bound; NaN where /proc is missing.
 */
public final class PeakMemory {

	/** Megabytes beyond the start, and the process's whole peak resident set. */
	public record Peak(double heapMb, double rssMb, double processPeakMb) {

		/** The larger of the two in each field, ignoring NaN; {@code other} may be null. */
		public Peak max(Peak other) {
			if (other == null) return this;
			return new Peak(larger(heapMb, other.heapMb), larger(rssMb, other.rssMb), larger(processPeakMb,
				other.processPeakMb));
		}

		private static double larger(double a, double b) {
			return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
		}
	}

	private static final double MB = 1024.0 * 1024.0;

	private final long heapStart, rssStart;
	private final boolean rssReset;

	private PeakMemory(long heapStart, long rssStart, boolean rssReset) {
		this.heapStart = heapStart;
		this.rssStart = rssStart;
		this.rssReset = rssReset;
	}

	/**
	 * Collects garbage (so the start is what is really held), waits for the resident set to settle, then resets
	 * both peaks.
	 */
	public static PeakMemory start() {
		System.gc();
		System.gc();
		long rss = settledRss();
		long heap = 0;
		for (MemoryPoolMXBean p : heapPools()) {
			p.resetPeakUsage();
			heap += p.getUsage().getUsed();
		}
		boolean reset;
		try {
			Files.writeString(Path.of("/proc/self/clear_refs"), "5");
			reset = true;
		}
		catch (IOException | RuntimeException e) {
			reset = false;
		}
		return new PeakMemory(heap, rss, reset);
	}

	public Peak stop() {
		long heapPeak = 0;
		for (MemoryPoolMXBean p : heapPools()) heapPeak += p.getPeakUsage().getUsed();
		long hwm = status("VmHWM:");
		double rss = rssReset && hwm >= 0 && rssStart >= 0 ? Math.max(0, hwm - rssStart) / MB : Double.NaN;
		return new Peak(Math.max(0, heapPeak - heapStart) / MB, rss, hwm >= 0 ? hwm / MB : Double.NaN);
	}

	/**
	 * VmRSS once it has stopped falling for 100 ms (at most 2 s): after a full collection the JVM hands heap pages
	 * back to the OS from a background thread, and a start taken before that ends would hide as much of the work's
	 * memory.
	 */
	static long settledRss() {
		long rss = status("VmRSS:");
		for (int i = 0, stable = 0; i < 80 && stable < 4 && rss >= 0; i++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = status("VmRSS:");
			stable = now > rss - (1 << 20) ? stable + 1 : 0;
			rss = Math.min(rss, now);
		}
		return rss;
	}

	private static Iterable<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	/** A /proc/self/status field in bytes, or -1. */
	static long status(String field) {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/self/status")))
				if (l.startsWith(field)) return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
		}
		catch (IOException | RuntimeException e) {
			// not Linux
		}
		return -1;
	}
}
