package org.semanticinpaint.ij.commands;

import java.nio.file.Path;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.Sessions;

/** Propose as a SciJava command: returns the editable label image (its overlay shows the coarse result). */
@Plugin(type = Command.class, headless = true, label = "Propose")
public class ProposeCommand extends GuardedCommand {

	@Parameter
	private ImagePlus image;

	@Parameter(required = false)
	private ImagePlus mask;

	@Parameter
	private String model = "em-nanoparticles";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus labels;

	@Override
	public void run() {
		guarded(() -> {
			Path bundle = ModelChoice.resolve(model);
			InpaintSession s = InpaintSession.propose(EngineCache.get(bundle), bundle, image, image.getRoi(), mask,
				Progress.NONE);
			Sessions.add(s);
			labels = s.layer().image();
		});
	}
}
