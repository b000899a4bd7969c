// Inpaint the same region (the current selection) on every plane of the active stack or hyperstack, into a new
// image; the original stays untouched. Planes can also get their own holes from a mask stack of the same size:
//   run("Inpaint...", "model=em-nanoparticles mask=[holes.tif] labels=proposed planes=[all planes] output=[new image]");
if (nImages == 0) exit("Open a stack first.");
if (selectionType() == -1) exit("Select the region to fill first (any area selection).");
title = getTitle();
setBatchMode(true);
run("Inpaint...", "model=em-nanoparticles mask=selection labels=proposed planes=[all planes] output=[new image]");
setBatchMode("exit and display");
print("Inpainted every plane of " + title + " into " + getTitle());
