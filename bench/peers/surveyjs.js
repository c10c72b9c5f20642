// SurveyJS peer: survey-core + survey-js-ui (the framework-free renderer), as a page would bundle it.
import { Model } from 'survey-core';
import { renderSurvey, unmountComponentAtNode } from 'survey-js-ui';

window.benchSurvey = (json, element) => {
  const model = new Model(json);
  renderSurvey(model, element);
  return model;
};

// The documented way to take a survey off a page: unmount the renderer, dispose of the model.
window.benchSurveyRemove = (element, model) => {
  unmountComponentAtNode(element);
  model.dispose();
  element.remove();
};
