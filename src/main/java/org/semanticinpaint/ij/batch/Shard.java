package org.semanticinpaint.ij.batch;

/**
 * The k-th of n deterministic parts of a folder (1 <= k <= n), for job arrays on a cluster: image i of the
 * sorted list (0-based) belongs to part {@code i mod n + 1}. Round robin rather than blocks, so that parts stay
 * even when image sizes drift along the names (a time series, a plate scanned row by row).
 */
public record Shard(int index, int count) {

	/** The whole folder. */
	public static final Shard ALL = new Shard(1, 1);

	public Shard {
		if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException(
			"A shard is k/n with 1 <= k <= n, not " + index + "/" + count + ".");
	}

	/** "k/n", as in {@code --shard 3/10}. */
	public static Shard parse(String s) {
		String[] p = s == null ? new String[0] : s.trim().split("/");
		try {
			if (p.length == 2) return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
		}
		catch (NumberFormatException e) {
			// falls through to the message below
		}
		throw new IllegalArgumentException("--shard takes k/n (the k-th of n parts, 1 <= k <= n), not '" + s + "'.");
	}

	/** Whether image {@code i} (0-based, in sorted order) belongs to this part. */
	public boolean contains(int i) {
		return i % count == index - 1;
	}

	@Override
	public String toString() {
		return index + "/" + count;
	}
}
