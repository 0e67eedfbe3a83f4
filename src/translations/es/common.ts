export const common = {
  missingEndpoint: 'Este widget aún no está configurado: falta su atributo endpoint, la dirección del directorio.',
  errorNetwork: 'No pudimos conectar con el directorio. Revise su conexión e inténtelo de nuevo.',
  errorTimeout: 'El directorio tarda demasiado en responder. Inténtelo de nuevo.',
  errorHttp: 'El directorio no pudo responder en este momento. Inténtelo de nuevo.',
  errorInvalidResponse: 'El directorio envió una respuesta que no pudimos leer. Inténtelo más tarde.',
  errorAborted: 'Se canceló la solicitud.',
  retry: 'Reintentar',
  loading: 'Cargando…',
};
