package org.semanticinpaint.eval.bench;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The point of the large-image table, as a verdict: end-to-end time must follow the number of holes, not the
 * number of pixels. At the same hole count, the largest image may take at most {@value #SIZE_TIME_LIMIT} times
 * as long as the smallest (16 times the pixels for 2048 -> 8192). Growth with the hole count is shown next to it.
 */
public final class ScalingCheck {

	public static final double SIZE_TIME_LIMIT = 2;

	/** Decimals of the printed time ratio; the verdict is judged on the ratio as printed. */
	private static final int RATIO_DECIMALS = 2;

	private ScalingCheck() {}

	public static BenchTable table() {
		return new BenchTable("End-to-end time: image size against number of holes", "bundle: comparison",
			List.of("from ms", "to ms", "x time", "x pixels", "x holes", "limit x time"),
			new int[] { 0, 0, RATIO_DECIMALS, 0, 0, 0 },
			List.of("target met"));
	}

	/** Adds the comparisons of one bundle, read from its rows of {@link ImageBenchmark#table()}. */
	public static void add(BenchTable image, String bundle, List<Integer> sizes, List<Integer> holes, BenchTable out) {
		int small = Collections.min(sizes), large = Collections.max(sizes);
		int few = Collections.min(holes), many = Collections.max(holes);
		if (small != large)
			for (int h : holes.stream().distinct().sorted().toList())
				row(out, String.format(Locale.ROOT, "%s: %d hole%s, %d -> %d px", bundle, h, h == 1 ? "" : "s", small,
					large), total(image, bundle, small, h), total(image, bundle, large, h), (double) large * large /
						((double) small * small), 1, SIZE_TIME_LIMIT);
		if (few != many)
			for (int s : sizes.stream().distinct().sorted().toList())
				row(out, String.format(Locale.ROOT, "%s: %d px, %d -> %d holes", bundle, s, few, many),
					total(image, bundle, s, few), total(image, bundle, s, many), 1, many / (double) few, Double.NaN);
	}

	private static void row(BenchTable out, String label, double from, double to, double pixels, double holes,
		double limit)
	{
		double ratio = to / from;
		// judged on the ratio as printed, so that the table never shows "2.00" next to FAIL
		double scale = Math.pow(10, RATIO_DECIMALS), shown = Math.round(ratio * scale) / scale;
		String verdict = Double.isNaN(limit) ? "" : Double.isNaN(ratio) ? "n/a" : shown <= limit ? "PASS" : "FAIL";
		out.addRow(label, new double[] { from, to, ratio, pixels, holes, limit }, verdict);
	}

	/** Median total ms of the bundle's case with this side and hole count; NaN if it was not measured. */
	static double total(BenchTable image, String bundle, int side, int holes) {
		for (int r = 0; r < image.rowCount(); r++)
			if (image.numbers().rows().get(r).label().startsWith(bundle + ":") && image.value(r, "side px") == side &&
				image.value(r, "holes") == holes) return image.value(r, "total ms");
		return Double.NaN;
	}
}
