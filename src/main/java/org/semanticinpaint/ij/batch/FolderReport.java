package org.semanticinpaint.ij.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a folder run did, image by image: written, kept (a complete output from an earlier run), skipped with
 * the reason, and, after a stop, not processed. The summary lists all four, so a stopped run says exactly what
 * is on disk.
 */
public final class FolderReport {

	/** Exit codes of {@code InpaintFolder}; see its usage. */
	public static final int ALL_DONE = 0, SOME_SKIPPED = 1, BAD_ARGUMENTS = 2, STOPPED = 3;

	public final List<String> done = new ArrayList<>(), kept = new ArrayList<>(), skipped = new ArrayList<>(),
		notProcessed = new ArrayList<>();
	public boolean cancelled;
	public double seconds;
	/** Images of other shards, which this run leaves to them. */
	public int otherShards;

	/** 0 when every image of this run has its output, 1 when some were skipped, 3 when the run was stopped. */
	public int exitCode() {
		if (cancelled) return STOPPED;
		return skipped.isEmpty() ? ALL_DONE : SOME_SKIPPED;
	}

	public String summary() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
			"Inpainted %d image(s), skipped %d, in %.1f s%s%n", done.size(), skipped.size(), seconds,
			cancelled ? " (stopped: " + notProcessed.size() + " image(s) not processed, no partial file left)" : ""));
		if (!kept.isEmpty()) b.append(String.format(Locale.ROOT, "Kept %d complete output(s) of an earlier run%n",
			kept.size()));
		if (otherShards > 0) b.append(String.format(Locale.ROOT, "Left %d image(s) to the other shards%n", otherShards));
		list(b, "done    ", done);
		list(b, "kept    ", kept);
		list(b, "skipped ", skipped);
		list(b, "not processed ", notProcessed);
		return b.toString();
	}

	private static void list(StringBuilder b, String what, List<String> items) {
		for (String s : items) b.append("  ").append(what).append(s).append('\n');
	}
}
