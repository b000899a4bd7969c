package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.ModelCard;

/** A bundle retrained from a config file with the same seed and steps is the same bundle, file for file. */
class ReproducibleTrainingTest {

	@TempDir
	Path tmp;

	@Test
	void theSameConfigAndSeedTrainTheSameCard() throws Exception {
		Path data = tmp.resolve("data");
		TrainCommandTest.writeDiscs(data);
		Path config = tmp.resolve("tiny.json");
		Files.writeString(config, """
			{
			  "note": "a tiny bundle: segmentation and stage 2 (with its discriminator) for 2 steps each",
			  "dataset": "folder", "data": "%s", "name": "discs", "channels": 1, "classes": ["background", "disc"],
			  "tile": 64, "width": 4, "segment-width": 2, "hidden": 4, "disc-width": 4,
			  "stages": ["segment", "decode"], "steps": [2, 2], "lr": [1e-3, 2e-4],
			  "batch": 2, "threads": 1, "seed": 7, "perceptual": 0, "control": 0.5, "own-labels": 0.5
			}""".formatted(data.toString().replace("\\", "\\\\")));
		ModelCard a = train(config, tmp.resolve("a"), "7");
		ModelCard b = train(config, tmp.resolve("b"), "7");
		assertFalse(a.sha256.isEmpty());
		assertEquals(a.sha256, b.sha256, "every network file");
		assertEquals(a.training.steps, b.training.steps);
		assertEquals(a.training.notes, b.training.notes);
		assertEquals(validation(a), validation(b));
		assertEquals(Map.of("segment", 2, "decode", 2), a.training.steps);
	}

	private static ModelCard train(Path config, Path out, String seed) throws Exception {
		TrainCommand.run(TrainOptions.parse(new String[] { "--config", config.toString(), "--out", out.toString(),
			"--seed", seed }), TrainingListener.SILENT);
		return ModelCard.read(out.resolve(ModelCard.FILE));
	}

	/** The card's validation losses (its images per second differ from run to run). */
	static Map<String, Double> validation(ModelCard card) {
		Map<String, Double> m = new java.util.TreeMap<>(card.metrics.get("training"));
		m.keySet().removeIf(k -> !k.contains("_validation_"));
		return m;
	}
}
