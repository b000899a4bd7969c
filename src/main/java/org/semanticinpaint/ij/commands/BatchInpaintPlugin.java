package org.semanticinpaint.ij.commands;

import java.nio.file.Paths;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.IjProgress;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;

/**
 * Plugins>Semantic Inpainting>Inpaint Folder: every image of a folder, unattended, with a summary in the Log.
 * {@code run("Inpaint Folder", "input=/data/in output=/data/out masks=/data/masks hole_value=[] model=em-nanoparticles planes=[all planes]");}
 */
public final class BatchInpaintPlugin implements PlugIn {

	@Override
	public void run(String arg) {
		String input, output, masks, value, model, planes;
		MacroArgs a = MacroArgs.current();
		if (a == null) {
			GenericDialog gd = new GenericDialog("Inpaint Folder");
			gd.addDirectoryField("Input", "", 30);
			gd.addDirectoryField("Output", "", 30);
			gd.addDirectoryField("Masks", "", 30);
			gd.addStringField("Hole_value", "", 8);
			ModelField.add(gd);
			gd.addChoice("Planes", InpaintPlugin.PLANES, InpaintPlugin.PLANES[1]);
			gd.addMessage("The hole of each image: its mask in the Masks folder (same name), else the selection\n" +
				"saved in the image, else pixels equal to the hole value (a number or NaN; empty = none).");
			gd.showDialog();
			if (gd.wasCanceled()) return;
			input = gd.getNextString();
			output = gd.getNextString();
			masks = gd.getNextString();
			value = gd.getNextString();
			model = ModelField.read(gd);
			planes = gd.getNextChoice();
		}
		else {
			input = a.get("input", "");
			output = a.get("output", "");
			masks = a.get("masks", "");
			value = a.get("hole_value", "");
			model = ModelField.read(a);
			planes = a.get("planes", InpaintPlugin.PLANES[1]);
		}
		Messages.reporting(() -> {
			if (input.isBlank() || output.isBlank()) throw new InpaintException("Choose an input and an output folder.");
			FolderJob.Options o = new FolderJob.Options(Paths.get(input), Paths.get(output),
				masks.isBlank() ? null : Paths.get(masks), holeValue(value), InpaintPlugin.planes(planes));
			FolderJob.Report r = ModelChoice.use(model, engine -> FolderJob.run(engine, o, new IjProgress()));
			IJ.log(r.summary());
			IJ.showStatus("Inpaint Folder: " + r.done.size() + " done, " + r.skipped.size() + " skipped (see Log)");
			IJ.showProgress(1.0);
			IJ.resetEscape();
		});
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
