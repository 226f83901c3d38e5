# `make refs`: Clark–Evans and Ripley's K of the reference point pattern, by spatstat (Debian's r-cran-spatstat.*).
# Reads test/data/references/point_pattern_{window,points}.csv, writes spatstat_point_pattern.csv.
suppressPackageStartupMessages({library(spatstat.geom); library(spatstat.explore)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "test/data/references"
win <- read.csv(file.path(dir, "point_pattern_window.csv"))
pts <- read.csv(file.path(dir, "point_pattern_points.csv"))
W <- owin(poly = list(x = win$x, y = win$y))  # anticlockwise outer ring, first vertex not repeated
X <- ppp(pts$x, pts$y, window = W)
guard <- 1000
inner <- erosion(W, guard)
out <- data.frame(name = character(), value = numeric())
add <- function(name, value) out[nrow(out) + 1, ] <<- list(name, value)
add("n", npoints(X))
add("area", area(W))
add("perimeter", perimeter(W))
add("mean_nn", mean(nndist(X)))
add("R_none", clarkevans(X, correction = "none"))
add("R_guard", clarkevans(X, correction = "guard", clipregion = inner))
add("n_guard", sum(inside.owin(X$x, X$y, inner)))
add("R_Donnelly_bounding_rectangle", clarkevans(ppp(pts$x, pts$y, window = boundingbox(W)), correction = "Donnelly"))
t_none <- clarkevans.test(X, correction = "none", alternative = "two.sided")
add("p_none", t_none$p.value)
add("Z_none_from_p", sign(t_none$statistic - 1) * qnorm(1 - t_none$p.value / 2))
r <- seq(0, 4000, by = 500)  # evenly spaced: spatstat's exact (efficient) code
K <- Kest(X, r = r, correction = c("none", "border"))
for (i in 2:length(r)) {
  add(paste0("K_un_", r[i]), K$un[i])
  add(paste0("K_border_", r[i]), K$border[i])
  add(paste0("border_count_", r[i]), sum(bdist.points(X) >= r[i]))
}
add(paste0("spatstat.explore ", packageVersion("spatstat.explore")), NA)
add(paste0("spatstat.geom ", packageVersion("spatstat.geom")), NA)
add(paste0(R.version.string), NA)
write.csv(out, file.path(dir, "spatstat_point_pattern.csv"), row.names = FALSE)
cat("spatstat reference written\n")
