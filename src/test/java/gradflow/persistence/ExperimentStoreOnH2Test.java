package gradflow.persistence;

/**
 * The store on GradFlow's default database, H2, here in memory (the tests'
 * config/application.properties): what an instructor gets who configures nothing.
 */
class ExperimentStoreOnH2Test extends ExperimentStoreTest {}
