package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options from the command line and from config files: one meaning, the command line winning. */
class TrainOptionsTest {

	@TempDir
	Path tmp;

	@Test
	void defaultsAreThoseOfTheUsage() {
		TrainOptions o = TrainOptions.of(Map.of());
		assertEquals("em-nanoparticles", o.source().dataset());
		assertEquals(Paths.get("models/em-nanoparticles"), o.source().out());
		assertEquals(List.of(Stage.SEGMENT, Stage.INPAINT, Stage.DECODE), o.stages().stream()
			.map(StagePlan::stage).toList());
		assertEquals(new StagePlan(Stage.SEGMENT, 100, 0, 1e-3f), o.stages().get(0));
		assertEquals(2e-4f, o.stages().get(1).learningRate());
		assertEquals(new OptimiserOptions(8, LearningRateSchedule.CONSTANT, 0, 0, 1), o.optimiser());
		assertEquals(DecoderTrainer.LossWeights.PAPER, o.losses());
		assertEquals(new SamplingOptions(0.2, 0, 1, 1, 0), o.sampling());
		assertTrue(o.networks().fresh().espa());
		assertNull(o.networks().segmentWidth(), "a resumed bundle keeps its width unless one is given");
	}

	@Test
	void aConfigFileMeansWhatTheSameOptionsTypedOutMean() throws IOException {
		Path file = tmp.resolve("round.json");
		Files.writeString(file, """
			{ "note": ["why", "and what came of it"], "dataset": "street-scenes", "out": "models/street-scenes",
			  "stages": ["inpaint", "decode"], "minutes": [12, 10], "lr": [2e-4, 2e-4], "lr-decay": "cosine",
			  "squares": 0.3, "perceptual": 0, "brightness": [0.3, 1.2], "own-labels": 0.5, "threads": 1,
			  "no-espa": false }""");
		TrainOptions fromFile = TrainOptions.parse(new String[] { "--config", file.toString() });
		TrainOptions typed = TrainOptions.parse(new String[] { "--dataset", "street-scenes", "--out",
			"models/street-scenes", "--stages", "inpaint,decode", "--minutes", "12,10", "--lr", "2e-4,2e-4",
			"--lr-decay", "cosine", "--squares", "0.3", "--perceptual", "0", "--brightness", "0.3,1.2", "--own-labels",
			"0.5", "--threads", "1" });
		assertEquals(typed, fromFile);
		assertEquals(new StagePlan(Stage.DECODE, 0, 10, 2e-4f), fromFile.stages().get(1));
	}

	@Test
	void theCommandLineOverridesTheFile() throws IOException {
		Path file = tmp.resolve("round.json");
		Files.writeString(file, "{ \"stages\": \"decode\", \"minutes\": 30, \"seed\": 3, \"no-espa\": true }");
		TrainOptions o = TrainOptions.parse(new String[] { "--config", file.toString(), "--steps", "5", "--minutes", "0",
			"--seed", "4" });
		assertEquals(List.of(new StagePlan(Stage.DECODE, 5, 0, 2e-4f)), o.stages());
		assertEquals(4, o.optimiser().seed());
		assertFalse(o.networks().fresh().espa());
	}

	@Test
	void aMisspeltKeyOrStageStopsTheRun() throws IOException {
		Path file = tmp.resolve("round.json");
		Files.writeString(file, "{ \"own-label\": 0.5 }");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> TrainOptions.parse(new String[] { "--config", file.toString() }));
		assertTrue(e.getMessage().contains("own-label"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(new String[] { "--stages", "decoder" }));
		assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(new String[] { "--lr-warmup", "-1" }));
		assertThrows(IllegalArgumentException.class,
			() -> TrainOptions.parse(new String[] { "--decode-upsampling", "cubic" }));
	}

	/** Every experiment config of the shipped bundles parses, and names an output folder in models/. */
	@Test
	void theShippedRoundsParse() throws IOException {
		Path dir = Paths.get("workbench/experiments");
		if (!Files.isDirectory(dir)) return;
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
				TrainOptions o = TrainOptions.parse(new String[] { "--config", f.toString() });
				assertTrue(o.source().out().startsWith("models"), f + ": " + o.source().out());
			}
		}
	}
}
