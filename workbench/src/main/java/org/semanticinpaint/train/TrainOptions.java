package org.semanticinpaint.train;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.semanticinpaint.util.CommandLineOptions;

/**
 * Everything a training run is told, from the command line, from a config file ({@code --config
 * workbench/experiments/X.json}, keys named as the options), or both: the command line wins. Both go through
 * {@link #of(Map)}, so a config file means exactly what the same options typed out mean. Each part parses its own
 * options.
 *
 * @param losses stage 2's loss weights (the perceptual weight is stage 1's too)
 */
public record TrainOptions(DataSource source, NetworkOptions networks, List<StagePlan> stages,
	OptimiserOptions optimiser, DecoderTrainer.LossWeights losses, SamplingOptions sampling)
{
	/** The option names, without their dashes; {@code config} names a file of the others. */
	public static final Set<String> OPTIONS = CommandLineOptions.names("config", "dataset", "data", "out", "stages",
		"minutes", "steps", "lr", "lr-decay", "lr-warmup", "batch", "threads", "seed", "tile", "width", "segment-width",
		"hidden", "decode-upsampling", "disc-width", "no-espa", "segment-from", "perceptual", "control", "own-labels",
		"edits", "ssim", "adversarial", "coarse-inputs", "scratches", "squares", "brightness", "channels", "classes",
		"name");

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
		return new TrainOptions(DataSource.of(a), NetworkOptions.of(a), StagePlan.listOf(a), OptimiserOptions.of(a),
			losses(a), SamplingOptions.of(a));
	}

	private static DecoderTrainer.LossWeights losses(Map<String, String> a) {
		return new DecoderTrainer.LossWeights(Float.parseFloat(a.getOrDefault("perceptual", "1")),
			Float.parseFloat(a.getOrDefault("control", "0")), Float.parseFloat(a.getOrDefault("own-labels", "0")),
			Float.parseFloat(a.getOrDefault("edits", "0")), Float.parseFloat(a.getOrDefault("ssim", "0")),
			Float.parseFloat(a.getOrDefault("adversarial", String.valueOf(DecoderTrainer.LossWeights.PAPER_ADVERSARIAL))));
	}

	/** A comma-separated list, items trimmed; "" is one blank item. */
	static List<String> list(String s) {
		List<String> out = new ArrayList<>();
		for (String item : s.split(",", -1)) out.add(item.trim());
		return out;
	}
}
