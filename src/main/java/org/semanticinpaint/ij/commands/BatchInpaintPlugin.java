package org.semanticinpaint.ij.commands;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.IjProgress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.FolderReport;
import org.semanticinpaint.ij.batch.Shard;

/**
 * Plugins>Semantic Inpainting>Inpaint Folder: every image of a folder, unattended, with a summary in the Log.
 * <pre>{@code run("Inpaint Folder...", "input=/data/in output=/data/out masks=/data/masks labels=/data/labels " +
 *     "hole_value=[] model=em-nanoparticles planes=[all planes] overwrite texture=[from image] " +
 *     "seed=1 write_masks");}</pre>
 * <ul>
 * <li>{@code labels}: class-ID label images with the inputs' base names (from Labkit, Weka, ...) guide the
 * fill; 255 = keep the proposal there. An image whose label image holds other values is skipped with the reason.</li>
 * <li>{@code overwrite} (a checkbox): replace existing outputs. Without it they are kept, so running the same
 * folder again finishes a run that was stopped or failed.</li>
 * <li>{@code write_masks} (a checkbox): also write each result's filled-pixel mask and the labels that guided it
 * into the output's {@code masks} and {@code labels} folders; with them as masks and labels and the same
 * {@code seed}, a rerun gives the same results bit for bit.</li>
 * <li>Esc stops after the current image; the Log lists what was written and what was not.</li>
 * </ul>
 */
public final class BatchInpaintPlugin implements PlugIn {

	/** The macro keys: the dialog's fields as ImageJ's recorder names them; the checkbox is a bare key. */
	static final List<String> KEYS = List.of("input", "output", "masks", "labels", "hole_value", ModelField.KEY,
		ModelField.FOLDER_KEY, "planes", TextureField.KEY, SeedField.KEY), FLAGS = List.of("overwrite", "write_masks");

	/** The input, output, masks and labels folders, as typed (empty = none). */
	record FolderChoices(String input, String output, String masks, String labels) {}

	/** How to fill each image, as typed: the hole value, the planes, the texture and its seed. */
	record FillChoices(String holeValue, String planes, String texture, String seed) {}

	/** What the dialog or the macro asked for, as typed. */
	record Choices(FolderChoices folders, FillChoices fill, String model, boolean overwrite, boolean writeMasks) {}

	@Override
	public void run(String arg) {
		MacroArgs a = MacroArgs.current();
		if (a != null && !a.accepts("Inpaint Folder", KEYS, FLAGS)) return;
		Choices c = a == null ? dialog() : fromMacro(a);
		if (c == null) return;
		Messages.reporting(() -> {
			FolderJob.Options o = options(c);
			IJ.resetEscape();
			FolderReport r = ModelChoice.use(c.model(), engine -> FolderJob.run(engine, o, new IjProgress()));
			IJ.log(r.summary());
			IJ.showStatus("Inpaint Folder: " + r.done.size() + " done, " + r.skipped.size() + " skipped" +
				(r.cancelled ? ", stopped" : "") + " (see Log)");
			IJ.showProgress(1.0);
			IJ.resetEscape();
		});
	}

	private static Choices dialog() {
		GenericDialog gd = new GenericDialog("Inpaint Folder");
		gd.addDirectoryField("Input", "", 30);
		gd.addDirectoryField("Output", "", 30);
		gd.addDirectoryField("Masks", "", 30);
		gd.addDirectoryField("Labels", "", 30);
		gd.addStringField("Hole_value", "", 8);
		ModelField.add(gd);
		gd.addChoice("Planes", InpaintPlugin.PLANES, InpaintPlugin.PLANES[1]);
		gd.addCheckbox("Overwrite existing outputs", false);
		TextureField.add(gd);
		SeedField.add(gd);
		gd.addCheckbox("Write_masks and labels (into the output's masks and labels folders)", false);
		gd.addMessage("The hole of each image: its mask in the Masks folder (same name), else the selection\n" +
			"saved in the image, else pixels equal to the hole value (a number or NaN; empty = none).\n" +
			"A hole value marks every pixel of that value, natural ones (a black scale bar) too;\n" +
			"the Log says how many pixels in how many regions were filled per image.\n" +
			"Labels (optional): class-ID images of the same names guide the fill; 255 = keep the proposal.\n" +
			"Existing outputs are kept unless Overwrite is ticked, so running again finishes a stopped run.");
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		// in the dialog's order: each kind of field (string, choice, checkbox) is read in turn
		FolderChoices folders = new FolderChoices(gd.getNextString(), gd.getNextString(), gd.getNextString(),
			gd.getNextString());
		String holeValue = gd.getNextString(), model = ModelField.read(gd), planes = gd.getNextChoice();
		boolean overwrite = gd.getNextBoolean();
		String texture = gd.getNextChoice(), seed = gd.getNextString();
		return new Choices(folders, new FillChoices(holeValue, planes, texture, seed), model, overwrite,
			gd.getNextBoolean());
	}

	private static Choices fromMacro(MacroArgs a) {
		FolderChoices folders = new FolderChoices(a.get("input", ""), a.get("output", ""), a.get("masks", ""),
			a.get("labels", ""));
		FillChoices fill = new FillChoices(a.get("hole_value", ""), a.get("planes", InpaintPlugin.PLANES[1]),
			TextureField.read(a), SeedField.read(a));
		return new Choices(folders, fill, ModelField.read(a), a.flag("overwrite"), a.flag("write_masks"));
	}

	static FolderJob.Options options(Choices c) throws InpaintException {
		FolderChoices f = c.folders();
		if (f.input().isBlank() || f.output().isBlank()) throw new InpaintException("Choose an input and an output folder.");
		FolderJob.Folders folders = new FolderJob.Folders(Paths.get(f.input()), Paths.get(f.output()),
			folder(f.masks()), folder(f.labels()));
		Double holeValue = holeValue(c.fill().holeValue());
		InpaintJob.Planes planes = InpaintPlugin.planes(c.fill().planes());
		InpaintJob.TextureChoice texture = new InpaintJob.TextureChoice(TextureField.parse(c.fill().texture()),
			SeedField.parse(c.fill().seed()));
		return new FolderJob.Options(folders, new FolderJob.Fill(holeValue, planes, texture), c.overwrite(),
			Shard.ALL, c.writeMasks());
	}

	private static Path folder(String s) {
		return s == null || s.isBlank() ? null : Paths.get(s);
	}

	static Double holeValue(String s) throws InpaintException {
		if (s == null || s.isBlank()) return null;
		if (s.trim().equalsIgnoreCase("nan")) return Double.NaN;
		try {
			return Double.parseDouble(s.trim());
		}
		catch (NumberFormatException e) {
			throw new InpaintException("The hole value must be a number or NaN, not '" + s + "'.");
		}
	}
}
