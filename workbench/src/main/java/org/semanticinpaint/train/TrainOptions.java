package org.semanticinpaint.train;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.util.CommandLineOptions;

/**
 * Everything a training run is told, from the command line, from a config file ({@code --config
 * workbench/experiments/X.json}, keys named as the options), or both: the command line wins. Both go through
 * {@link #of(Map)}, so a config file means exactly what the same options typed out mean.
 *
 * @param losses stage 2's loss weights (the perceptual weight is stage 1's too)
 */
public record TrainOptions(Source source, Networks networks, List<StagePlan> stages, Optimiser optimiser,
	DecoderTrainer.LossWeights losses, Sampling sampling)
{
	/** The option names, without their dashes; {@code config} names a file of the others. */
	public static final Set<String> OPTIONS = CommandLineOptions.names("config", "dataset", "data", "out", "stages",
		"minutes", "steps", "lr", "lr-decay", "lr-warmup", "batch", "threads", "seed", "tile", "width", "segment-width",
		"hidden", "decode-upsampling", "disc-width", "no-espa", "segment-from", "perceptual", "control", "own-labels",
		"edits", "ssim", "adversarial", "coarse-inputs", "scratches", "squares", "brightness", "channels", "classes",
		"name");

	/**
	 * Where the images come from and where the bundle goes.
	 *
	 * @param name the bundle's name (null: the output folder's); for a folder, also the dataset's
	 * @param channels, classes for a person's own folder ({@code dataset} "folder") only
	 */
	public record Source(String dataset, Path data, Path out, String name, int channels, List<String> classes) {
		public Source {
			classes = List.copyOf(classes);
		}

		/** A built-in dataset, or a person's folder with the classes given (colours spread over the hue circle). */
		public DatasetSpec spec() {
			if (!dataset.equals("folder")) return DatasetSpec.byName(dataset);
			List<DatasetSpec.ClassInfo> infos = new ArrayList<>();
			for (int i = 0; i < classes.size(); i++) {
				java.awt.Color col = java.awt.Color.getHSBColor(i / (float) classes.size(), 0.8f, 0.9f);
				infos.add(new DatasetSpec.ClassInfo(classes.get(i), col.getRed(), col.getGreen(), col.getBlue()));
			}
			return DatasetSpec.folder(name != null ? name : "my-data", channels, infos);
		}

		/** The name a new bundle's card gets. */
		public String bundleName() {
			return name != null ? name : out.getFileName().toString();
		}
	}

	/** Widths of a new bundle's networks (a resumed bundle keeps its own). */
	public record Widths(int inpaint, boolean espa, int decodeHidden, int discriminator) {}

	/**
	 * The networks: a new bundle's tile and widths, and what a run may change in a resumed one.
	 *
	 * @param segmentWidth null: a new bundle's default (8) or the resumed bundle's; another width restarts it
	 * @param decodeUpsampling null: "nearest" for a new bundle, the resumed bundle's otherwise
	 * @param segmentFrom a bundle whose segmentation network to copy, or null
	 */
	public record Networks(int tile, Widths fresh, Integer segmentWidth, String decodeUpsampling, Path segmentFrom) {
		public Networks {
			if (decodeUpsampling != null && !ModelCard.Widths.DECODE_UPSAMPLINGS.contains(decodeUpsampling))
				throw new IllegalArgumentException("--decode-upsampling is one of " + ModelCard.Widths.DECODE_UPSAMPLINGS +
					", not " + decodeUpsampling);
		}
	}

	/** One stage of a run: whichever of {@code steps} and {@code minutes} (0 = no limit) ends first. */
	public record StagePlan(Stage stage, int steps, double minutes, float learningRate) {}

	/**
	 * Settings of every stage's optimisation.
	 *
	 * @param warmup steps ramping the rate up from zero, for resumed runs
	 * @param threads TensorFlow's intra-op threads, 0 = all cores
	 */
	public record Optimiser(int batch, LearningRateSchedule decay, int warmup, int threads, long seed) {
		public Optimiser {
			if (warmup < 0) throw new IllegalArgumentException("--lr-warmup is a number of steps, not " + warmup);
		}
	}

	/**
	 * How training tiles are drawn.
	 *
	 * @param scratches, squares shares of the masks (rectangles 0.3, free-form strokes the rest)
	 * @param minGain, maxGain range of a random brightness gain on each 8-bit RGB crop (1, 1: none)
	 * @param coarseInputs share of segmentation crops whose hole stage 1 fills, as a proposal sees it
	 */
	public record Sampling(double scratches, double squares, double minGain, double maxGain, float coarseInputs) {
		public Sampling {
			if (!(minGain > 0 && maxGain >= minGain))
				throw new IllegalArgumentException("brightness gains must be 0 < min <= max");
			SegmentationTrainer.CoarseInputs.requireShare(coarseInputs);
		}
	}

	/** The stage plan for {@code stage}, or null if this run does not train it. */
	public StagePlan plan(Stage stage) {
		for (StagePlan p : stages) if (p.stage() == stage) return p;
		return null;
	}

	/** Options from a command line: {@code --config FILE} first if given, then the other options over it. */
	public static TrainOptions parse(String[] args) throws IOException {
		return of(withConfig(CommandLineOptions.parse(args, OPTIONS).asMap()));
	}

	/** The options of {@code --config}'s file (if any) with {@code given} over them; no {@code config} left. */
	public static Map<String, String> withConfig(Map<String, String> given) throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		if (given.containsKey("config")) all.putAll(ConfigFile.read(Paths.get(given.get("config")), OPTIONS));
		all.putAll(given);
		all.remove("config");
		return all;
	}

	/** Options from names (without dashes) to values as typed; a missing one takes its default. */
	public static TrainOptions of(Map<String, String> a) {
		Source source = source(a);
		return new TrainOptions(source, networks(a), stages(a), optimiser(a), losses(a), sampling(a));
	}

	private static Source source(Map<String, String> a) {
		String dataset = a.getOrDefault("dataset", "em-nanoparticles");
		String dataName = dataset.equals("folder") ? a.getOrDefault("name", "my-data") : dataset;
		return new Source(dataset, Paths.get(a.getOrDefault("data", "../shared/data/" + dataName)),
			Paths.get(a.getOrDefault("out", "models/" + dataName)), a.get("name"),
			Integer.parseInt(a.getOrDefault("channels", "1")), list(a.getOrDefault("classes", "background,object")));
	}

	private static Networks networks(Map<String, String> a) {
		Widths fresh = new Widths(Integer.parseInt(a.getOrDefault("width", "16")),
			!Boolean.parseBoolean(a.getOrDefault("no-espa", "false")), Integer.parseInt(a.getOrDefault("hidden", "32")),
			Integer.parseInt(a.getOrDefault("disc-width", "32")));
		return new Networks(Integer.parseInt(a.getOrDefault("tile", "128")), fresh,
			a.containsKey("segment-width") ? Integer.valueOf(a.get("segment-width")) : null, a.get("decode-upsampling"),
			a.containsKey("segment-from") ? Paths.get(a.get("segment-from")) : null);
	}

	private static List<StagePlan> stages(Map<String, String> a) {
		List<String> names = list(a.getOrDefault("stages", "segment,inpaint,decode"));
		List<String> minutes = list(a.getOrDefault("minutes", "")), steps = list(a.getOrDefault("steps", "")),
			lrs = list(a.getOrDefault("lr", ""));
		List<StagePlan> plans = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Stage stage = Stage.of(names.get(i));
			double min = i < minutes.size() && !minutes.get(i).isBlank() ? Double.parseDouble(minutes.get(i)) : 0;
			int n = i < steps.size() && !steps.get(i).isBlank() ? Integer.parseInt(steps.get(i)) : 0;
			if (min <= 0 && n <= 0) n = 100;
			float lr = i < lrs.size() && !lrs.get(i).isBlank() ? Float.parseFloat(lrs.get(i)) : stage.defaultLearningRate();
			plans.add(new StagePlan(stage, n, min, lr));
		}
		return List.copyOf(plans);
	}

	private static Optimiser optimiser(Map<String, String> a) {
		return new Optimiser(Integer.parseInt(a.getOrDefault("batch", "8")),
			LearningRateSchedule.parse(a.getOrDefault("lr-decay", "none")),
			Integer.parseInt(a.getOrDefault("lr-warmup", "0")), Integer.parseInt(a.getOrDefault("threads", "0")),
			Long.parseLong(a.getOrDefault("seed", "1")));
	}

	private static DecoderTrainer.LossWeights losses(Map<String, String> a) {
		return new DecoderTrainer.LossWeights(Float.parseFloat(a.getOrDefault("perceptual", "1")),
			Float.parseFloat(a.getOrDefault("control", "0")), Float.parseFloat(a.getOrDefault("own-labels", "0")),
			Float.parseFloat(a.getOrDefault("edits", "0")), Float.parseFloat(a.getOrDefault("ssim", "0")),
			Float.parseFloat(a.getOrDefault("adversarial", String.valueOf(DecoderTrainer.LossWeights.PAPER_ADVERSARIAL))));
	}

	private static Sampling sampling(Map<String, String> a) {
		List<String> gains = list(a.getOrDefault("brightness", "1,1"));
		return new Sampling(Double.parseDouble(a.getOrDefault("scratches", "0.2")),
			Double.parseDouble(a.getOrDefault("squares", "0")), Double.parseDouble(gains.get(0)),
			Double.parseDouble(gains.get(gains.size() - 1)), Float.parseFloat(a.getOrDefault("coarse-inputs", "0")));
	}

	/** A comma-separated list, items trimmed; "" is one blank item. */
	private static List<String> list(String s) {
		List<String> out = new ArrayList<>();
		for (String item : s.split(",", -1)) out.add(item.trim());
		return out;
	}
}
