package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.BundleLoader;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.train.Provenance.Setting;

/** The training command on a person's own images/ + labels/ folder: all stages, export, then resume. */
class TrainCommandTest {

	@TempDir
	Path tmp;

	/** Five 96 x 80 grey images with a dark disc each, and their labels (background 0, disc 1), under {@code data}. */
	static void writeDiscs(Path data) throws Exception {
		Files.createDirectories(data.resolve("images"));
		Files.createDirectories(data.resolve("labels"));
		Random r = new Random(3);
		for (int k = 0; k < 5; k++) {
			BufferedImage img = new BufferedImage(96, 80, BufferedImage.TYPE_BYTE_GRAY);
			BufferedImage lab = new BufferedImage(96, 80, BufferedImage.TYPE_BYTE_GRAY);
			int cx = 20 + r.nextInt(50), cy = 20 + r.nextInt(40);
			for (int y = 0; y < 80; y++)
				for (int x = 0; x < 96; x++) {
					boolean in = (x - cx) * (x - cx) + (y - cy) * (y - cy) < 150;
					img.getRaster().setSample(x, y, 0, in ? 50 : 200 + r.nextInt(10));
					lab.getRaster().setSample(x, y, 0, in ? 1 : 0);
				}
			ImageIO.write(img, "png", data.resolve("images/im" + k + ".png").toFile());
			ImageIO.write(lab, "png", data.resolve("labels/im" + k + ".png").toFile());
		}
	}

	@Test
	void trainsExportsAndResumes() throws Exception {
		Path data = tmp.resolve("data");
		writeDiscs(data);
		Path out = tmp.resolve("bundle");
		String[] args = { "--dataset", "folder", "--data", data.toString(), "--out", out.toString(), "--name", "discs",
			"--channels", "1", "--classes", "background,disc", "--tile", "64", "--width", "4", "--segment-width", "2",
			"--hidden", "4", "--disc-width", "4", "--batch", "2", "--stages", "segment,inpaint,decode", "--steps", "3,3,3",
			"--threads", "1" };
		// segmentation through stage 1's fill needs a trained stage 1: refused before anything is written
		IllegalArgumentException untrained = assertThrows(IllegalArgumentException.class, () -> TrainCommand.main(
			new String[] { "--dataset", "folder", "--data", data.toString(), "--out", out.toString(), "--channels", "1",
				"--classes", "background,disc", "--stages", "segment", "--steps", "1", "--coarse-inputs", "0.5" }));
		assertTrue(untrained.getMessage().contains("trained stage 1"), untrained.getMessage());
		assertFalse(Files.exists(out));
		TrainCommand.main(args);
		ModelCard c1 = ModelCard.read(out.resolve(ModelCard.FILE));
		assertEquals(3, c1.training.steps.get("inpaint"));
		assertEquals(2, c1.classCount());
		assertTrue(c1.training.split.contains("validation"), c1.training.split);
		TrainCommand.main(new String[] { "--dataset", "folder", "--data", data.toString(), "--out", out.toString(),
			"--channels", "1", "--classes", "background,disc", "--batch", "2", "--stages", "inpaint", "--steps", "2",
			"--threads", "1" });
		ModelCard c2 = ModelCard.read(out.resolve(ModelCard.FILE));
		assertEquals(5, c2.training.steps.get("inpaint"), "resumed run adds its steps");
		assertEquals(4, c2.widths.inpaint, "widths come from the bundle being resumed");
		try (ModelBundle b = BundleLoader.load(out, 1)) {
			assertEquals("discs", b.card().name);
		}
		// an older-format card is carried over; the loss weights of a round are written into the card
		ModelCard old = ModelCard.read(out.resolve(ModelCard.FILE));
		old.formatVersion = 1;
		old.write(out.resolve(ModelCard.FILE));
		List<Provenance.Entry> notes3 = run("--dataset", "folder", "--data", data.toString(), "--out", out.toString(),
			"--channels", "1", "--classes", "background,disc", "--batch", "2", "--stages", "decode", "--steps", "2",
			"--threads", "1", "--perceptual", "0", "--control", "0.2");
		ModelCard c3 = ModelCard.read(out.resolve(ModelCard.FILE));
		assertEquals(NetSignatures.FORMAT_VERSION, c3.formatVersion);
		assertEquals(5, c3.training.steps.get("decode"));
		assertEquals(new Provenance.FormatCarriedOver(1, NetSignatures.FORMAT_VERSION), notes3.get(0));
		Provenance.StageRun decode = stageRun(notes3, Stage.DECODE);
		assertEquals(2, decode.steps());
		assertEquals(EnumSet.of(Setting.SCRATCHES, Setting.PERCEPTUAL, Setting.CONTROL), decode.settings());
		assertEquals(0f, decode.options().losses().perceptual());
		assertEquals(0.2f, decode.options().losses().control());
		assertTrue(c3.training.notes.endsWith(decode.sentence()), "the card's notes end with the run's sentences");
		try (ModelBundle b = BundleLoader.load(out, 1)) {
			assertEquals(NetSignatures.FORMAT_VERSION, b.card().formatVersion);
		}
		// a wider segmentation network restarts its count; the other networks and their steps stay; the share of
		// own labels in stage 2 is written into the card
		List<Provenance.Entry> notes4 = run("--dataset", "folder", "--data", data.toString(), "--out", out.toString(),
			"--channels", "1", "--classes", "background,disc", "--batch", "2", "--stages", "segment,decode",
			"--steps", "2,1", "--threads", "1", "--segment-width", "4", "--own-labels", "0.5", "--coarse-inputs", "0.5");
		ModelCard c4 = ModelCard.read(out.resolve(ModelCard.FILE));
		assertEquals(4, c4.widths.segment);
		assertEquals(2, c4.training.steps.get("segment"));
		assertEquals(5, c4.training.steps.get("inpaint"));
		assertEquals(new Provenance.SegmentRestarted(4, 2, 3), notes4.get(0));
		Provenance.StageRun segment = stageRun(notes4, Stage.SEGMENT);
		assertEquals(2, segment.steps());
		assertEquals(EnumSet.of(Setting.COARSE_INPUTS), segment.settings());
		assertEquals(0.5f, segment.options().sampling().coarseInputs());
		Provenance.StageRun decode4 = stageRun(notes4, Stage.DECODE);
		assertTrue(decode4.settings().contains(Setting.OWN_LABELS), decode4.settings().toString());
		assertEquals(0.5f, decode4.options().losses().ownLabels());
		try (ModelBundle b = BundleLoader.load(out, 1)) {
			assertEquals(4, b.card().widths.segment);
		}
	}

	static List<Provenance.Entry> run(String... args) throws Exception {
		return TrainCommand.run(TrainOptions.parse(args), TrainingListener.SILENT);
	}

	static Provenance.StageRun stageRun(List<Provenance.Entry> entries, Stage stage) {
		return entries.stream().filter(e -> e instanceof Provenance.StageRun r && r.stage() == stage)
			.map(Provenance.StageRun.class::cast).findFirst().orElseThrow();
	}

	/** Practice edits without the controllability loss are refused before any data is read or anything written. */
	@Test
	void refusesEditsWithoutTheControllabilityLoss() {
		Path out = tmp.resolve("bundle");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainCommand.main(new String[] {
			"--dataset", "em-nanoparticles", "--data", tmp.resolve("no-such-folder").toString(), "--out", out.toString(),
			"--stages", "decode", "--steps", "1", "--edits", "0.3" }));
		assertTrue(e.getMessage().contains("--control"), e.getMessage());
		assertFalse(Files.exists(out));
	}
}
