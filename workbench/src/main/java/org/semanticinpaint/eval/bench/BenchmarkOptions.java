package org.semanticinpaint.eval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.ShippedBundles;

/**
 * Command line of {@link Benchmark}. {@code --quick} shrinks everything (small images, few runs, no child JVMs)
 * for tests and smoke checks; explicit options given with it still win.
 *
 * @param skipped notes on shipped bundles that were looked for under models/ and are missing
 * @param parts the parts to run, of {@link #PARTS}
 * @param threads the engine's threads (0: all cores)
 * @param out Markdown file to write besides stdout, or null
 */
public record BenchmarkOptions(List<Path> bundles, List<String> skipped, Set<String> parts, Workload workload,
	int threads, Path out)
{

	/** The window part: timed runs after untimed ones. */
	public record Window(int runs, int warmup) {}

	/**
	 * The large-image and scratch parts: image sides and hole counts (every pair is a case), scratch image sides,
	 * timed runs after untimed ones, and whether each large-image case runs in a fresh JVM.
	 */
	public record Images(List<Integer> sizes, List<Integer> holes, List<Integer> scratchSizes, int runs, int warmup,
		boolean fork) {}

	/** The training part: steps timed after untimed ones, of this batch size. */
	public record Training(int steps, int warmup, int batch) {}

	/** How much each part measures; {@code throughputImages} is the number of images through the batch job. */
	public record Workload(Window window, Images images, Training training, int throughputImages) {}

	public static final List<String> PARTS = List.of("load", "window", "image", "scratch", "training", "throughput");

	public static final String USAGE = "Benchmark [bundle folder...] [--quick] [--out FILE.md] [--runs N (15)]"
		+ " [--parts load,window,image,scratch,training,throughput] [--sizes 2048,8192] [--holes 1,10]"
		+ " [--scratch-sizes 1024,4096] [--image-runs N (3)] [--image-warmup N (1)]"
		+ " [--train-steps N (10)] [--batch N (8)] [--throughput-images N (24)] [--threads N (0 = all cores)]"
		+ " [--no-fork]\n"
		+ "Without folders: the shipped bundles " + ShippedBundles.NAMES + " found under models/.\n"
		+ "--quick: 3 window runs, images of 512 and 2048 pixels run once, 1 training step of batch 2 timed,"
		+ " 4 images through the batch job, all in this JVM.";

	public static BenchmarkOptions parse(String[] args) {
		boolean quick = Arrays.asList(args).contains("--quick");
		List<Path> bundles = new ArrayList<>();
		int runs = quick ? 3 : 15, warmup = quick ? 1 : 3, imageRuns = quick ? 1 : 3, trainSteps = quick ? 1 : 10;
		int imageWarmup = quick ? 0 : 1, trainWarmup = quick ? 1 : 3, batch = quick ? 2 : 8, threads = 0;
		int throughputImages = quick ? 4 : 24;
		List<Integer> sizes = quick ? List.of(512, 2048) : List.of(2048, 8192), holes = List.of(1, 10);
		List<Integer> scratchSizes = quick ? List.of(256) : List.of(1024, 4096);
		boolean fork = !quick;
		Set<String> parts = new LinkedHashSet<>(PARTS);
		Path out = null;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			switch (a) {
				case "--quick" -> {}
				case "--no-fork" -> fork = false;
				case "--fork" -> fork = true;
				case "--runs" -> runs = positive(a, args, ++i);
				case "--image-runs" -> imageRuns = positive(a, args, ++i);
				case "--image-warmup" -> imageWarmup = positive(a, args, ++i, 0);
				case "--train-steps" -> trainSteps = positive(a, args, ++i);
				case "--batch" -> batch = positive(a, args, ++i);
				case "--throughput-images" -> throughputImages = positive(a, args, ++i);
				case "--threads" -> threads = Integer.parseInt(value(a, args, ++i));
				case "--sizes" -> sizes = ints(value(a, args, ++i));
				case "--holes" -> holes = ints(value(a, args, ++i));
				case "--scratch-sizes" -> scratchSizes = ints(value(a, args, ++i));
				case "--out" -> out = Path.of(value(a, args, ++i));
				case "--parts" -> parts = parts(value(a, args, ++i));
				default -> {
					if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
					bundles.add(Path.of(a));
				}
			}
		}
		List<String> skipped = new ArrayList<>();
		if (bundles.isEmpty()) bundles = shippedBundles(Path.of("models"), skipped);
		Workload workload = new Workload(new Window(runs, warmup),
			new Images(sizes, holes, scratchSizes, imageRuns, imageWarmup, fork),
			new Training(trainSteps, trainWarmup, batch), throughputImages);
		return new BenchmarkOptions(bundles, skipped, parts, workload, threads, out);
	}

	/** The shipped bundles present under {@code models}, in menu order; a note in {@code skipped} for each missing. */
	public static List<Path> shippedBundles(Path models, List<String> skipped) {
		List<Path> found = new ArrayList<>();
		for (String name : ShippedBundles.NAMES) {
			Path dir = models.resolve(name);
			if (Files.isRegularFile(dir.resolve(ModelCard.FILE))) found.add(dir);
			else skipped.add("Skipped " + name + ": no " + dir.resolve(ModelCard.FILE) + ".");
		}
		return found;
	}

	private static String value(String option, String[] args, int i) {
		if (i >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
		return args[i];
	}

	private static int positive(String option, String[] args, int i) {
		return positive(option, args, i, 1);
	}

	private static int positive(String option, String[] args, int i, int least) {
		int v = Integer.parseInt(value(option, args, i));
		if (v < least) throw new IllegalArgumentException(option + " must be at least " + least);
		return v;
	}

	private static List<Integer> ints(String csv) {
		return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
	}

	private static Set<String> parts(String csv) {
		Set<String> s = new LinkedHashSet<>();
		for (String p : csv.split(",")) {
			if (!PARTS.contains(p.trim())) throw new IllegalArgumentException("unknown part " + p + "; parts: " + PARTS);
			s.add(p.trim());
		}
		return s;
	}
}
