-- One database per service (DESIGN §2); run once by the postgres image on an empty data volume.
CREATE DATABASE bank;
CREATE DATABASE exam;
CREATE DATABASE grading;
CREATE DATABASE reporting;
